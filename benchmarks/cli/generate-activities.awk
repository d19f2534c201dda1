# Writes an activities CSV (docs/design.md §6) of N rows to stdout: six IPCC 2006 fuels, four sites,
# four processes, twelve months of 2024, a tag column. Deterministic (fixed seed).
# Usage: awk -v N=1000000 -f benchmarks/cli/generate-activities.awk > big.csv
BEGIN {
    if (N == "") N = 1000000
    srand(42)
    split("fuel/natural_gas fuel/gas_diesel_oil fuel/lpg fuel/other_bituminous_coal fuel/residual_fuel_oil fuel/wood_wood_waste", act, " ")
    split("GJ MJ kWh", gasUnit, " ")
    split("t kg", massUnit, " ")
    split("boilers kilns dryers furnaces", proc, " ")
    print "id,site,process,period,activity,amount,unit,sector,region,note"
    for (i = 0; i < N; i++) {
        a = int(rand() * 6) + 1
        u = a == 1 ? gasUnit[int(rand() * 3) + 1] : massUnit[int(rand() * 2) + 1]
        printf "R-%d,site%d,%s,2024-%02d,%s,%.3f,%s,manufacturing,,meter\n", i, int(rand() * 4), proc[int(rand() * 4) + 1], int(rand() * 12) + 1, act[a], int(rand() * 1000000) / 1000, u
    }
}

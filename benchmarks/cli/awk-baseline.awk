# The awk baseline of the CLI timing (benchmarks/README.md): per row, three gas masses and CO2e
# from per-activity multipliers (IPCC 2006 Vol. 2 Table 2.3 defaults, NCVs from Table 1.2, AR5),
# one output line per row. Usage: awk -F, -f benchmarks/cli/awk-baseline.awk big.csv > out.csv
BEGIN {
    OFS = ","
    # kg per GJ: CO2, CH4, N2O; GJ per t (net calorific value)
    co2["fuel/natural_gas"] = 56100; ch4["fuel/natural_gas"] = 5; n2o["fuel/natural_gas"] = 0.1; ncv["fuel/natural_gas"] = 48
    co2["fuel/gas_diesel_oil"] = 74100; ch4["fuel/gas_diesel_oil"] = 10; n2o["fuel/gas_diesel_oil"] = 0.6; ncv["fuel/gas_diesel_oil"] = 43
    co2["fuel/lpg"] = 63100; ch4["fuel/lpg"] = 5; n2o["fuel/lpg"] = 0.1; ncv["fuel/lpg"] = 47.3
    co2["fuel/other_bituminous_coal"] = 94600; ch4["fuel/other_bituminous_coal"] = 10; n2o["fuel/other_bituminous_coal"] = 1.5; ncv["fuel/other_bituminous_coal"] = 25.8
    co2["fuel/residual_fuel_oil"] = 77400; ch4["fuel/residual_fuel_oil"] = 10; n2o["fuel/residual_fuel_oil"] = 0.6; ncv["fuel/residual_fuel_oil"] = 40.4
    co2["fuel/wood_wood_waste"] = 112000; ch4["fuel/wood_wood_waste"] = 30; n2o["fuel/wood_wood_waste"] = 4; ncv["fuel/wood_wood_waste"] = 15.6
    gj["GJ"] = 1; gj["MJ"] = 0.001; gj["kWh"] = 0.0036
    print "row,site,process,period,activity,amount,unit,co2_kg,ch4_kg,n2o_kg,co2e_kg"
}
NR > 1 {
    a = $5
    g = ($7 in gj) ? $6 * gj[$7] : ($7 == "t" ? $6 * ncv[a] : $6 * ncv[a] / 1000)
    c = g * co2[a] / 1000; m = g * ch4[a] / 1000; n = g * n2o[a] / 1000
    print NR, $2, $3, $4, a, $6, $7, c, m, n, c + m * 28 + n * 265
}

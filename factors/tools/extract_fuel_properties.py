"""Writes desnz-fuel-properties-2025.csv: the net and gross calorific values of DESNZ's fuels, by our activity ids.

Source: UK Government GHG Conversion Factors for Company Reporting 2025 (DESNZ), condensed set, version 1,
sheet 'Fuel properties': column D 'Net CV' and column E 'Gross CV', both GJ/tonne, one row per fuel. A fuel
gets an activity id where desnz-map.csv names that id for the same fuel in the 2025 edition (names compared
without regard to case, as the two sheets capitalise differently: 'Natural Gas', 'Natural gas').
Numbers are written as the shortest decimal that reads back as the double the sheet stores (45.745 for the
stored 45.744999999999997), which is the figure the sheet displays.

Run from the repository root:
    python3 factors/tools/extract_fuel_properties.py <path to desnz-conversion-factors-2025.xlsx>
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from xlsxcells import read_sheet  # noqa: E402

DATA = 'factors/src/main/resources/org/carbonledger/factors'


def main(workbook):
    cells = read_sheet(workbook, 'Fuel properties')
    assert cells['D13'][1] == 'Net CV' and cells['E13'][1] == 'Gross CV', 'column headings moved'
    assert cells['D14'][1] == 'GJ/tonne' and cells['E14'][1] == 'GJ/tonne', 'units moved'
    fuels = {}
    for ref, (kind, text) in cells.items():
        if ref.startswith('B') and kind == 's' and ref[1:].isdigit():
            row = int(ref[1:])
            net, gross = cells.get('D%d' % row), cells.get('E%d' % row)
            if net and gross and net[0] == 'n' and gross[0] == 'n' and float(gross[1]) > 0:
                fuels[text.strip().lower()] = (text.strip(), row, repr(float(net[1])), repr(float(gross[1])))
    out = []
    with open(os.path.join(DATA, 'desnz-map.csv'), newline='', encoding='utf-8') as f:
        lines = [l for l in f if not l.startswith('#')]
    for r in csv.DictReader(lines):
        if r['edition'] == '2025' and r['name'].strip().lower() in fuels:
            name, row, net, gross = fuels[r['name'].strip().lower()]
            out.append([r['activity'], name, net, gross, 'D%d' % row, 'E%d' % row])
    out.sort()
    with open(os.path.join(DATA, 'desnz-fuel-properties-2025.csv'), 'w', newline='', encoding='utf-8') as f:
        f.write('# Net and gross calorific values of fuels: UK Government GHG Conversion Factors for Company Reporting'
                ' 2025 (DESNZ),\n# condensed set, version 1, sheet \'Fuel properties\', columns D (Net CV) and E'
                ' (Gross CV), GJ/tonne. Open Government Licence v3.0.\n# Written by factors/tools/'
                'extract_fuel_properties.py; an activity id where desnz-map.csv names the same fuel for 2025.\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['activity', 'fuel', 'net_cv_gj_per_t', 'gross_cv_gj_per_t', 'net_cell', 'gross_cell'])
        w.writerows(out)
    print('%d activity ids with net and gross calorific values' % len(out))


if __name__ == '__main__':
    main(sys.argv[1])

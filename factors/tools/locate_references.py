"""Locates each bundled DESNZ and EPA Hub value in the publisher's own workbook and writes the
references resources that the factor tables read (docs/factors.md, "References").

Usage, from the repository root (Python 3.9+, standard library only):

    python3 factors/tools/locate_references.py RAW_DIR

RAW_DIR holds the official workbooks under their published names (or with a 'desnz-'/'epa-' prefix):
conversion-factors-2025.xlsx, ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx and
ghg-emission-factors-hub-2025.xlsx; their sha256 are listed in docs/factors.md.
Writes, in factors/src/main/resources/org/carbonledger/factors/:

    desnz-references.csv       one line per row of desnz_conversion_factors_2024_2025.csv
    epa-hub-2025-references.csv  one line per row of epa_ghg_emission_factors_hub_2025.csv

A row is located only when exactly one cell of the workbook matches all of: its fuel or activity
name (continuation rows whose name cell is blank take the name above, as the workbook shows them),
its unit column, its gas column and its value (compared as double-precision numbers, the bundled data
being the cells' shortest round-trip form). Otherwise its reference reads "cell not located" and the
script says why on stderr. Nothing is guessed. For the 2024 flat file the located row's ID (column A
of sheet "Factors by Category") must also equal the ID the bundled row already cites, where it cites one.
"""
import csv
import io
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxcells  # noqa: E402

RES = os.path.join('factors', 'src', 'main', 'resources', 'org', 'carbonledger', 'factors')
DESNZ_DATA = os.path.join(RES, 'desnz_conversion_factors_2024_2025.csv')
EPA_DATA = os.path.join(RES, 'epa_ghg_emission_factors_hub_2025.csv')
# the published file names, or the same with a 'desnz-'/'epa-' prefix
DESNZ_2025 = ('conversion-factors-2025.xlsx', 'desnz-conversion-factors-2025.xlsx')
DESNZ_2024 = ('ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx', 'desnz-ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx')
EPA_2025 = ('ghg-emission-factors-hub-2025.xlsx', 'epa-ghg-emission-factors-hub-2025.xlsx')
NOT_LOCATED = 'cell not located'


def read_bundled(path):
    """The bundled rows as dicts, each with its row number as CsvReader counts it (comment lines and
    the header count as rows; a quoted field spanning lines is one row)."""
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    lines = text.split('\n')
    comments = 0
    while lines[comments].startswith('#'):
        comments += 1
    reader = csv.DictReader(io.StringIO('\n'.join(lines[comments:])))
    out = []
    for i, row in enumerate(reader):
        row['_row'] = comments + 2 + i
        out.append(row)
    return out


def same(a, b):
    return float(a) == float(b)


def quote_sheet(name):
    return "'" + name.replace("'", "''") + "'"


# --- DESNZ 2025 condensed set: sheets with header rows 'Activity | Fuel/Country/Type | Unit | ...'

GAS_HEADERS = {'CO2e total': 'kg CO2e', 'CO2': 'kg CO2e of CO2 per unit', 'CH4': 'kg CO2e of CH4 per unit',
               'N2O': 'kg CO2e of N2O per unit'}


def desnz_unit(unit):
    """'kg CO2e of CH4 per kWh (Net CV)' -> 'kWh (Net CV)'; 'kg CO2e per tonnes' -> 'tonnes'."""
    return unit[unit.index(' per ') + 5:]


def desnz2025_index(book, sheets):
    """{(sheet, activity, name, unit, gas header): [(cell, value)]} for the sheets the data cite."""
    index = {}
    for sheet in sheets:
        rows = xlsxcells.rows(xlsxcells.read_sheet(book, sheet))
        header = None
        activity = name = None
        for n in sorted(rows):
            r = rows[n]
            text = {c: v[1] for c, v in r.items() if v[0] == 's'}
            if text.get('A') == 'Activity' and text.get('C') == 'Unit':
                header = text
                activity = name = None
                continue
            if header is None:
                continue
            numbers = {c for c, v in r.items() if v[0] == 'n'}
            if not numbers or 'C' not in text:  # notes, blank rows: no unit, no values
                continue
            activity = text.get('A', activity)
            name = text.get('B', name)
            for col, head in header.items():
                if col in numbers and head.startswith('kg CO2e'):
                    key = (sheet, activity, name, text['C'], head)
                    index.setdefault(key, []).append((col + str(n), r[col][1]))
    return index


def sheet_of(row):
    """"sheet 'Fuels'" -> 'Fuels'"""
    return row['table'].removeprefix("sheet '").removesuffix("'")


def locate_desnz2025(row, index, why):
    sheet = sheet_of(row)
    if row['gas'] not in GAS_HEADERS:
        why.append('%s: no column known for gas %r' % (row['_row'], row['gas']))
        return NOT_LOCATED
    key = (sheet, row['category'], row['activity'], desnz_unit(row['unit']), GAS_HEADERS[row['gas']])
    found = index.get(key, [])
    hits = [ref for ref, v in found if same(v, row['value'])]
    if len(found) == 1 and len(hits) == 1:
        return quote_sheet(sheet) + '!' + hits[0]
    why.append('%s: %d cells for %s, %d with value %s' % (row['_row'], len(found), key, len(hits), row['value']))
    return NOT_LOCATED


# --- DESNZ 2024 flat file: sheet 'Factors by Category', one factor per row, ID in column A

def desnz2024_index(book):
    sheet = 'Factors by Category'
    rows = xlsxcells.rows(xlsxcells.read_sheet(book, sheet))
    index = {}
    for n in sorted(rows):
        r = rows[n]
        t = {c: v[1] for c, v in r.items()}
        if 'J' not in r or r['J'][0] != 'n' or n <= 6:
            continue
        path = [t.get(c, '') for c in 'DEFG']
        path = ' / '.join(p for p in path if p)
        unit = t.get('I', '') + ' (' + t.get('H', '') + ')'
        for name in (path, path + ' / ' + t.get('H', '')):
            index.setdefault((t.get('C'), name, unit), []).append((t.get('A'), 'J' + str(n), r['J'][1]))
    return sheet, index


def locate_desnz2024(row, sheet, index, why):
    # bundled units read 'kg CO2e of CO2 per unit (tonnes)' or 'kg CO2e (tonnes)'; the flat file
    # 'GHG/Unit' reads 'kg CO2e of CO2 per unit' or 'kg CO2e', with the UOM in its own column
    key = (row['category'], row['activity'], row['unit'])
    cited = row['table'].split('ID ', 1)[1] if 'ID ' in row['table'] else None  # the ID collected, if any
    found = index.get(key, [])
    hits = [(i, ref) for i, ref, v in found if same(v, row['value'])]
    if len(found) == 1 and len(hits) == 1 and hits[0][0] == (cited or hits[0][0]):
        return 'flat file ID ' + hits[0][0] + ' (' + quote_sheet(sheet) + '!' + hits[0][1] + ')'
    why.append('%s: %d rows for %s, %s with value %s, cited ID %s' % (row['_row'], len(found), key, hits,
                                                                      row['value'], cited))
    return NOT_LOCATED


# --- EPA Hub 2025: one sheet, 'Table N' in column B opens each table

def norm_unit(text):
    """'CH4 Factor \\n(g CH4 / gallon) ' -> 'g CH4 per gallon'; 'lb CO2/MWh' -> 'lb CO2 per MWh'."""
    m = re.search(r'\(([^()]*)\)\s*$', text.strip())
    if m:
        text = m.group(1)
    text = re.sub(r'\s*/\s*', ' per ', text)
    return ' '.join(text.split())


def epa_tables(book):
    sheet = 'Emission Factors Hub'
    cells = xlsxcells.read_sheet(book, sheet)
    rows = xlsxcells.rows(cells)
    tables = {}
    current = None
    for n in sorted(rows):
        b = rows[n].get('B')
        if b and b[0] == 's' and re.fullmatch(r'Table \d+', b[1].strip()):
            current = b[1].strip()
            tables[current] = []
        elif b and b[0] == 's' and b[1].startswith('Scope 3'):
            current = None
        if current:
            tables[current].append(n)
    return sheet, rows, tables


def locate_epa(row, sheet, rows, tables, why):
    number = re.match(r'Table \d+', row['table']).group(0)
    block = tables[number]
    parts = [p.strip() for p in row['activity'].split(';')]
    if number == 'Table 6':  # 'AKGD (ASCC Alaska Grid)': acronym and name in columns C and D
        m = re.fullmatch(r'(.+?) \((.*)\)', row['activity'])
        parts = [m.group(1), m.group(2)] if m else [row['activity']]
    unit = norm_unit(row['unit'])
    group = {'electricity total output': 'Total Output', 'electricity non-baseload': 'Non-Baseload'}.get(
        row['category'])
    carried = {}
    hits = []
    for n in block:
        r = rows[n]
        text = {c: v[1].strip() for c, v in r.items() if v[0] == 's'}
        numbers = {c for c, v in r.items() if v[0] == 'n'}
        if not numbers:
            continue
        for c in 'CD':  # names a continuation row leaves blank are the ones above
            if c in text:
                carried[c] = text[c]
                if c == 'C':
                    carried.pop('D', None)
        names = [carried.get(c, '') for c in 'CD']
        names = [x for x in names if x]
        if names != parts and names[:1] != parts:
            continue
        for c in sorted(numbers):
            head = column_header(rows, block, n, c)
            if head is None:
                continue
            h = norm_unit(head.replace('per unit', 'per ' + text.get('E', 'unit')))
            if h != unit:
                continue
            if group and group not in group_label(rows, block, n, c):
                continue
            hits.append((c + str(n), r[c][1]))
    matching = [ref for ref, v in hits if same(v, row['value'])]
    if len(hits) == 1 and len(matching) == 1:
        return quote_sheet(sheet) + '!' + matching[0]
    why.append('%s: %d cells for %s %s %s %s, %d with value %s' % (row['_row'], len(hits), number, parts, unit,
                                                                  group, len(matching), row['value']))
    return NOT_LOCATED


def column_header(rows, block, n, col):
    """The nearest text cell above (n, col) within the table."""
    for m in reversed([k for k in block if k < n]):
        v = rows[m].get(col)
        if v and v[0] == 's':
            return v[1]
    return None


def group_label(rows, block, n, col):
    """Table 6's 'Total Output Emission Factors' / 'Non-Baseload Emission Factors' row: the nearest
    label at or left of the column (the workbook merges H336:J336 and leaves E336 over E:G)."""
    for m in reversed([k for k in block if k < n]):
        labels = {c: v[1] for c, v in rows[m].items() if v[0] == 's' and 'Emission Factors' in v[1]}
        if labels:
            left = [c for c in labels if (len(c), c) <= (len(col), col)]
            return labels[max(left, key=lambda c: (len(c), c))] if left else ''
    return ''


def write(path, header, lines):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(header)
        w = csv.writer(f, lineterminator='\n')
        for line in lines:
            w.writerow(line)


def find(raw, names):
    for name in names:
        if os.path.exists(os.path.join(raw, name)):
            return os.path.join(raw, name)
    sys.exit('%s: none of %s' % (raw, ', '.join(names)))


def main(raw):
    why = []
    desnz = read_bundled(DESNZ_DATA)
    idx25 = desnz2025_index(find(raw, DESNZ_2025), sorted({sheet_of(r) for r in desnz if r['edition'].startswith('2025 ')}))
    sheet24, idx24 = desnz2024_index(find(raw, DESNZ_2024))
    out = []
    for row in desnz:
        if row['edition'].startswith('2025 '):
            ref = locate_desnz2025(row, idx25, why)
        else:
            ref = locate_desnz2024(row, sheet24, idx24, why)
        out.append([row['edition'][:4], row['category'], row['activity'], row['gas'], row['unit'], row['value'], ref])
    write(os.path.join(RES, 'desnz-references.csv'), DESNZ_HEADER, [['edition', 'category', 'activity', 'gas', 'unit',
                                                                    'value', 'reference']] + out)
    desnz_missing = sum(1 for o in out if o[-1] == NOT_LOCATED)
    sheet, rows, tables = epa_tables(find(raw, EPA_2025))
    out = []
    for row in read_bundled(EPA_DATA):
        ref = locate_epa(row, sheet, rows, tables, why)
        out.append([row['table'], row['category'].replace('\n', ' '), row['activity'], row['region'], row['gas'],
                    row['unit'], row['value'], ref])
    write(os.path.join(RES, 'epa-hub-2025-references.csv'), EPA_HEADER, [['table', 'category', 'activity', 'region',
                                                                         'gas', 'unit', 'value', 'reference']] + out)
    epa_missing = sum(1 for o in out if o[-1] == NOT_LOCATED)
    for w in why:
        print('not located: ' + w, file=sys.stderr)
    print('desnz: %d not located; epa-hub-2025: %d not located' % (desnz_missing, epa_missing))


DESNZ_HEADER = """\
# Where each row of desnz_conversion_factors_2024_2025.csv stands in the publisher's workbook: for 2025 the cell of the
# condensed set (conversion-factors-2025.xlsx, 'Sheet'!Cell); for 2024 the factor ID of the flat file
# (ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx, sheet 'Factors by Category', column A) and its value cell.
# Keyed by edition, category, activity, gas, unit; value repeated as a check. Written by factors/tools/locate_references.py
# (docs/factors.md, "References"); "cell not located" where no single cell matched name, unit, gas and value.
"""

EPA_HEADER = """\
# Where each row of epa_ghg_emission_factors_hub_2025.csv stands in the publisher's workbook
# (ghg-emission-factors-hub-2025.xlsx, sheet 'Emission Factors Hub'): 'Sheet'!Cell of the value.
# Keyed by table, category (line breaks as spaces), activity, region, gas, unit; value repeated as a check. Written by
# factors/tools/locate_references.py (docs/factors.md, "References"); "cell not located" where no single cell matched
# the row's name, unit column and value.
"""

if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: python3 factors/tools/locate_references.py RAW_DIR (run from the repository root)')
    main(sys.argv[1])

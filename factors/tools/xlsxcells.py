"""Reads the cells of an .xlsx workbook with the Python standard library only (zipfile + ElementTree).

Used by locate_references.py; importable on its own:
    cells = read_sheet('book.xlsx', 'Fuels')   # {'E42': ('n', '0.18296'), 'A1': ('s', 'Fuels'), ...}
Values are the cells' stored text: numbers as written in the sheet XML (the cached value of a formula
cell too), shared and inline strings resolved to their text.
"""
import re
import zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'pr': 'http://schemas.openxmlformats.org/package/2006/relationships'}


def _text(si):
    """Text of a shared-string item or inline string: its <t> elements, rich-text runs joined."""
    return ''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))


def sheet_names(path):
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        return [s.get('name') for s in wb.find('m:sheets', NS)]


def read_sheet(path, name):
    """Returns {cell reference: (type, text)} for the sheet called name; type 'n' number, 's' text."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        rid = None
        for s in wb.find('m:sheets', NS):
            if s.get('name') == name:
                rid = s.get('{%s}id' % NS['r'])
        if rid is None:
            raise KeyError('%s has no sheet %r' % (path, name))
        rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
        target = next(r.get('Target') for r in rels if r.get('Id') == rid)
        target = target.lstrip('/')
        if not target.startswith('xl/'):
            target = 'xl/' + target
        shared = []
        if 'xl/sharedStrings.xml' in z.namelist():
            shared = [_text(si) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
        cells = {}
        for c in ET.fromstring(z.read(target)).iter('{%s}c' % NS['m']):
            ref, t = c.get('r'), c.get('t', 'n')
            v = c.find('m:v', NS)
            if t == 'inlineStr':
                cells[ref] = ('s', _text(c.find('m:is', NS)))
            elif v is None or v.text is None:
                continue
            elif t == 's':
                cells[ref] = ('s', shared[int(v.text)])
            elif t in ('str', 'e', 'b'):
                cells[ref] = ('s', v.text)
            else:
                cells[ref] = ('n', v.text)
        return cells


def split_ref(ref):
    """'E42' -> ('E', 42)."""
    m = re.fullmatch(r'([A-Z]+)(\d+)', ref)
    return m.group(1), int(m.group(2))


def rows(cells):
    """{row number: {column letters: (type, text)}}"""
    out = {}
    for ref, v in cells.items():
        col, row = split_ref(ref)
        out.setdefault(row, {})[col] = v
    return out

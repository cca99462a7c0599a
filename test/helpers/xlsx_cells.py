# Hand check for the real-data test: prints cells of an xlsx sheet with python's standard library only
# (zipfile + xml.etree), independent of the project's reader.
# Usage: python3 xlsx_cells.py FILE.xlsx BOARD[,BOARD] YEAR [COLUMN (default: Solvabiliteit II)]
import zipfile, sys, re, xml.etree.ElementTree as ET
ns={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z=zipfile.ZipFile(sys.argv[1])
ss=[ ''.join(t.text or '' for t in si.iter('{%s}t'%ns['m'])) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',ns)]
sheet=ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
rows=[]
for r in sheet.iter('{%s}row'%ns['m']):
  cells={}
  for c in r.findall('m:c',ns):
    col=re.match(r'[A-Z]+',c.get('r')).group(0); v=c.find('m:v',ns)
    if v is None: continue
    cells[col]= ss[int(v.text)] if c.get('t')=='s' else v.text
  rows.append(cells)
hdr=[r for r in rows if r.get('A') in ('Bevoegd Gezag','Bevoegd_Gezag')][0]
inv={v:k for k,v in hdr.items()}
want=sys.argv[2].split(',')
for r in rows:
  if r.get('A') in want and r.get(inv['Jaar'])==sys.argv[3]:
    print(r['A'], r.get(inv['Sector']), r.get(inv[sys.argv[4] if len(sys.argv) > 4 else 'Solvabiliteit II']))

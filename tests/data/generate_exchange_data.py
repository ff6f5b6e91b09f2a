#!/usr/bin/env python3
"""Writes the real-shaped import files of tests/data/ (see README.md). Deterministic: run it again and
the files come out byte for byte the same. Usage: python3 tests/data/generate_exchange_data.py"""
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

FITNESS_HEADER = ["年级编号", "班级编号", "班级名称", "学籍号", "民族代码", "姓名", "性别", "出生日期", "家庭住址",
                  "身高", "体重", "肺活量", "50米跑", "坐位体前屈", "一分钟跳绳", "一分钟仰卧起坐", "50米×8往返跑",
                  "立定跳远", "引体向上", "1000米跑", "800米跑", "左眼裸眼视力", "右眼裸眼视力"]
GRADE_NAMES = {11: "一年级", 12: "二年级", 13: "三年级", 14: "四年级", 15: "五年级", 16: "六年级",
               21: "初一", 22: "初二", 23: "初三", 31: "高一", 32: "高二", 33: "高三"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "子涵欣怡梓轩浩然雨桐宇轩一诺思远嘉怡晨曦俊杰佳琪博文诗涵皓轩梦瑶明哲心怡天佑若曦锦程语嫣志强海燕"
STREETS = ["桓台县索镇中心街", "桓台县果里镇府前路", "桓台县马桥镇北路", "桓台县城区张北路", "桓台县起凤镇华沟村"]


def duration(seconds):
    return f"{seconds // 60}′{seconds % 60:02d}″"


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def grade_index(code):
    return code - 10 if code < 20 else code - 14 if code < 30 else code - 21


def fitness_row(rng, i, code, sex=None):
    """A plausible student of grade `code` with exactly the items DOMAIN.md §5 measures for grade and sex."""
    g = grade_index(code)
    drawn = rng.choice([1, 2])
    sex = sex or drawn
    age = g + 6
    birth = f"{2025 - age - rng.choice([0, 1])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    height = round(rng.gauss(112 + 6 * g, 5), 1)
    weight = round(max(15.5, rng.gauss(height * 0.16 + (g * 1.2), 3)), 1)
    k = rng.randint(1, 6)
    row = {
        "年级编号": str(code), "班级编号": f"{code}{k:02d}", "班级名称": f"{GRADE_NAMES[code]}({k})班",
        "学籍号": f"G37032120{2025 - age:04d}{i:06d}"[:19], "民族代码": "01" if rng.random() < 0.95 else "03",
        "姓名": name(rng), "性别": str(sex), "出生日期": birth, "家庭住址": rng.choice(STREETS) + f"{rng.randint(1, 200)}号",
        "身高": f"{height:.1f}", "体重": f"{weight:.1f}", "肺活量": str(int(rng.gauss(700 + 260 * g, 150))),
        "50米跑": f"{max(6.6, rng.gauss(12.2 - 0.45 * g, 0.6)):.1f}", "坐位体前屈": f"{rng.gauss(8, 5):.1f}",
        "左眼裸眼视力": f"{rng.choice([4.6, 4.8, 4.9, 5.0, 5.0, 5.1, 5.2]):.1f}",
        "右眼裸眼视力": f"{rng.choice([4.5, 4.8, 4.9, 5.0, 5.0, 5.1, 5.2]):.1f}",
    }
    if code <= 16:
        row["一分钟跳绳"] = str(rng.randint(50, 170))
    if 13 <= code <= 16 or (code >= 21 and sex == 2):
        row["一分钟仰卧起坐"] = str(rng.randint(18, 50))
    if code in (15, 16):
        row["50米×8往返跑"] = duration(rng.randint(100, 140))
    if code >= 21:
        row["立定跳远"] = str(rng.randint(150, 240))
        if sex == 1:
            row["引体向上"] = str(rng.randint(0, 14))
            row["1000米跑"] = duration(rng.randint(215, 300))
        else:
            row["800米跑"] = duration(rng.randint(205, 290))
    return row


def csv_cell(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, rows, encoding="utf-8", bom=False, newline="\r\n", tail=""):
    text = newline.join(",".join(csv_cell(c) for c in row) for row in rows) + newline + tail
    data = text.encode(encoding)
    with open(os.path.join(HERE, path), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def fitness_clean_3000():
    rng = random.Random(20250901)
    codes = [11, 12, 13, 14, 15, 16, 21, 22, 23]
    rows = [FITNESS_HEADER]
    for i in range(3000):
        r = fitness_row(rng, i + 1, codes[i * len(codes) // 3000])
        rows.append([r.get(h, "") for h in FITNESS_HEADER])
    write_csv("fitness_3000.csv", rows)


def fitness_gb18030():
    """What a school's Excel really saves: GB18030, a title row, columns in another order, an extra
    column, 男/女, a one-digit 民族代码, dates and runs written every way DOMAIN.md §7 lists, full-width
    digits, blank lines at the end. Every row is valid."""
    header = ["学籍号", "姓名", "性别", "年级编号", "班级编号", "班级名称", "民族代码", "出生日期", "身高（cm）", "体重（kg）",
              "肺活量", "50米跑", "坐位体前屈", "一分钟跳绳", "一分钟仰卧起坐", "50米x8往返跑", "立定跳远", "引体向上",
              "1000米跑", "800米跑", "左眼裸眼视力", "右眼裸眼视力", "备注"]
    rows = [["桓台县实验学校2025年学生体质健康测试成绩"] + [""] * (len(header) - 1), header,
            ["G370321201400000001", "王子涵", "男", "15", "1501", "五年级(1)班", "1", "2014/9/1", "１４５．２", "36.5", "2100",
             "9.1", "6.5", "120", "35", "1'52\"", "", "", "", "", "5.0", "4.9", "校队"],
            ["G370321201400000002", "李欣怡", "女", "16", "1602", "六年级(2)班", "01", "20131103", "150.1", "40.2", "2050",
             "9.6", "12.0", "132", "38", "1’58”", "", "", "", "", "4.8", "4.8", ""],
            ["G370321201100000003", "张浩然", "男", "21", "2103", "初一(3)班", "3", "41883", "158.0", "47.0", "2900",
             "8.4", "5.0", "", "", "", "205", "6", "3′45", "", "5.1", "5.1", ""],
            ["G370321201100000004", "刘雨桐", "女", "22", "2201", "初二(1)班", "1", "2011-02-14", "160.5", "48.3", "2600",
             "9.2", "14.5", "", "40", "", "172", "", "", "3'58\"", "4.9", "5.0", ""],
            ["G370321201000000005", "陈宇轩", "1", "23", "2302", "初三(2)班", "01", "2010年6月5日", " 170.2 ", "58.0", "3800",
             "7.6", "8.0", "", "", "", "230", "10", "3′35″", "", "5.2", "5.2", ""],
            ["G370321201800000006", "杨一诺", "2", "11", "1101", "一年级(1)班", "1", "2018.3.9", "120.0", "22.5", "900",
             "11.8", "9.0", "78", "", "", "", "", "", "", "5.0", "5.0", ""]]
    write_csv("fitness_gb18030.csv", rows, encoding="gb18030", tail="\r\n,,,\r\n\r\n")


def fitness_problems():
    """One file with every problem DOMAIN.md §7 names, each at a known row and column (README.md lists them)."""
    header = [h for h in FITNESS_HEADER if h != "家庭住址"] + ["测试员"]
    rng = random.Random(7)

    def row(code, i, sex=None, **changes):
        r = fitness_row(rng, i, code, sex)
        r.update(changes)
        return [r.get(h, "") if h != "测试员" else "赵老师" for h in header]

    rows = [header,
            row(21, 1),                                                   # file row 2: clean
            row(21, 2, 身高="abc"),                                       # 3: wrong type
            row(22, 3, 身高="300"),                                       # 4: out of range
            row(22, 4, sex=2, 引体向上="5"),                              # 5: pull-ups for a girl
            row(23, 5, sex=1, **{"800米跑": "3′50″"}),                    # 6: 800 m for a boy
            ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # 7: blank line
            row(21, 1),                                                   # 8: duplicate of row 2's id
            row(23, 6, sex=1, **{"1000米跑": "3:45"}),                    # 9: 3:45 refused
            row(21, 7, 出生日期="2012-13-40"),                            # 10: not a date
            row(21, 8, sex=1, 性别="X"),                                  # 11: not a sex
            row(21, 9, 姓名=""),                                          # 12: required value missing
            row(21, 10, sex=2, 肺活量="12000"),                           # 13: out of range
            ]
    write_csv("fitness_problems.csv", rows, bom=True)


def fitness_truncated():
    rng = random.Random(11)
    students = [fitness_row(rng, i, 22) for i in range(1, 6)]
    rows = [FITNESS_HEADER] + [[s.get(h, "") for h in FITNESS_HEADER] for s in students]
    text = "\r\n".join(",".join(r) for r in rows)
    cut = text.rfind(",", 0, len(text) - 30)  # the download stopped in the middle of the last row
    with open(os.path.join(HERE, "fitness_truncated.csv"), "wb") as f:
        f.write(text[:cut].encode("utf-8"))


def fitness_missing_column():
    rng = random.Random(5)
    header = [h for h in FITNESS_HEADER if h != "学籍号"]
    students = [fitness_row(rng, i, 13) for i in range(1, 4)]
    rows = [header] + [[s.get(h, "") for h in header] for s in students]
    write_csv("fitness_missing_column.csv", rows)


# --- XLSX written as Excel writes it: shared strings, a styled date serial, 17-digit floats ---

def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_xlsx(path, rows, sheet_name="Sheet1"):
    """rows: list of (row_number, [cell, ...]); a cell is None (absent), ("s", text) shared string,
    ("is", text) inline string, ("n", text) number, ("d", serial) date-styled number."""
    shared, index = [], {}
    sheet = io.StringIO()
    sheet.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>')
    for number, cells in rows:
        sheet.write(f'<row r="{number}">')
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            ref = f"{col_name(c)}{number}"
            kind, value = cell
            if kind == "s":
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                sheet.write(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
            elif kind == "is":
                sheet.write(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(value)}</t></is></c>')
            elif kind == "d":
                sheet.write(f'<c r="{ref}" s="1"><v>{value}</v></c>')
            else:
                sheet.write(f'<c r="{ref}"><v>{value}</v></c>')
        sheet.write("</row>")
    sheet.write("</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" '
           f'uniqueCount="{len(shared)}">' +
           "".join(f"<si><t>{xml_escape(s)}</t></si>" if i % 7 else
                   f"<si><r><t>{xml_escape(s[:1])}</t></r><r><rPr><b/></rPr><t>{xml_escape(s[1:])}</t></r>"
                   f"<rPh sb=\"0\" eb=\"1\"><t>ピン</t></rPh></si>"  # rich text and a phonetic hint
                   for i, s in enumerate(shared)) + "</sst>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        # The first sheet of the workbook is stored as sheet2.xml, as after a person reorders sheets.
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{xml_escape(sheet_name)}" sheetId="2" r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet2.xml": sheet.getvalue(),
        "xl/sharedStrings.xml": sst,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name_, content in files.items():
            info = zipfile.ZipInfo(name_, date_time=(2025, 9, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8"))
    data = buffer.getvalue()
    with open(os.path.join(HERE, path), "wb") as f:
        f.write(data)
    return data


def fitness_xlsx():
    """Six valid students; a title row (merged-looking, row 1), the header in row 3, a number with binary
    noise (36.600000000000001), a date as a styled serial, ids as shared strings, a run as an inline
    string, empty cells absent from the XML."""
    S = lambda t: ("s", t)
    N = lambda t: ("n", t)
    header = [S(h) for h in FITNESS_HEADER]
    title = [S("2025学年体质健康测试数据（上报）")]

    def student(code, cls, sid, eth, nm, sex, birth, addr, h, w, lung, r50, sr, rope="", situps="", shuttle="",
                jump="", pull="", r1000="", r800="", ual="5.0", uar="5.0"):
        vals = [N(str(code)), S(cls[0]), S(cls[1]), S(sid), S(eth), S(nm), N(sex), ("d", birth), S(addr),
                N(h), N(w), N(lung), N(r50), N(sr), N(rope) if rope else None, N(situps) if situps else None,
                ("is", shuttle) if shuttle else None, N(jump) if jump else None, N(pull) if pull else None,
                S(r1000) if r1000 else None, ("is", r800) if r800 else None, N(ual), N(uar)]
        return vals

    rows = [(1, title), (3, header),
            (4, student(15, ("1501", "五年级(1)班"), "G370321201400000101", "01", "周明哲", "1", "41883", "索镇中心街8号",
                        "145.19999999999999", "36.600000000000001", "2100", "9.0999999999999996", "6.5", rope="120",
                        situps="35", shuttle="1′52″")),
            (5, student(16, ("1602", "六年级(2)班"), "G370321201300000102", "01", "吴诗涵", "2", "41580", "果里镇府前路3号",
                        "150", "40.200000000000003", "2050", "9.6", "12", rope="132", situps="38", shuttle="1′58″")),
            (6, student(21, ("2103", "初一(3)班"), "G370321201200000103", "3", "郑皓轩", "1", "41030", "马桥镇北路17号",
                        "158", "47", "2900", "8.4", "-2.5", jump="205", pull="6", r1000="3′45″")),
            (7, student(22, ("2201", "初二(1)班"), "G370321201100000104", "01", "梁梦瑶", "2", "40588", "城区张北路5号",
                        "160.5", "48.299999999999997", "2600", "9.1999999999999993", "14.5", situps="40", jump="172",
                        r800="3′58″")),
            (9, student(11, ("1101", "一年级(1)班"), "G370321201800000105", "01", "谢天佑", "1", "43168", "起凤镇华沟村2号",
                        "120", "22.5", "900", "11.8", "9", rope="78")),
            (10, student(13, ("1302", "三年级(2)班"), "G370321201600000106", "01", "宋若曦", "2", "42400", "索镇中心街21号",
                         "133.30000000000001", "29.100000000000001", "1500", "10.4", "11", rope="104", situps="28")),
            ]
    data = write_xlsx("fitness.xlsx", rows, sheet_name="体测成绩")
    with open(os.path.join(HERE, "fitness_truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 2 // 3])  # a download that stopped two thirds of the way


def myopia_gb18030():
    header = ["学籍号", "姓名", "性别", "出生日期", "年级", "班级", "筛查日期", "戴镜类型", "右眼裸眼视力", "左眼裸眼视力",
              "右眼矫正视力", "左眼矫正视力", "右眼球镜", "右眼柱镜", "右眼轴位", "左眼球镜", "左眼柱镜", "左眼轴位"]
    rows = [header,
            ["G370321201600000201", "何佳琪", "女", "2016-04-12", "三年级", "3班", "2025-10-09", "不戴镜", "5.0", "5.0", "", "",
             "+0.25", "-0.50", "180", "0.00", "-0.25", "175"],
            ["G370321201500000202", "林俊杰", "男", "2015/8/30", "4", "1班", "2025/10/9", "框架眼镜", "4.6", "4.5", "5.0", "4.9",
             "-2.25", "-0.75", "10", "-2.50", "-0.50", "170"],
            ["G370321201200000203", "罗晨曦", "女", "20121120", "初一", "2班", "20251009", "角膜塑形镜", "4.9", "4.8", "", "",
             "-3.00", "-0.25", "90", "-3.25", "０", "85"],
            ["G370321201200000204", "高博文", "男", "2012-01-02", "七年级", "2班", "2025-10-09", "隐形眼镜", "4.3", "4.2", "5.0",
             "5.0", "-4.75", "-1.00", "5", "-5.00", "-1.25", "178"]]
    write_csv("myopia_gb18030.csv", rows, encoding="gb18030")


def teachers_custom_xlsx():
    """A school's own teacher list: a title row, headers the layout does not know (人员代码, 文化程度) that
    need a column mapping, others it does (姓名, 性别, 任教学科 …)."""
    S = lambda t: ("s", t)
    N = lambda t: ("n", t)
    header = [S(h) for h in ["序号", "姓名", "人员代码", "性别", "出生年月", "文化程度", "任教学科", "是否专任教师",
                             "教师资格证", "骨干教师", "编制情况", "培训学时", "是否符合交流轮岗条件", "本学年是否交流轮岗"]]
    people = [("1", "王海燕", "T2008001", "女", "1985.03", "本科", "语文", "是", "是", "县级骨干", "在编", "372", "是", "是"),
              ("2", "赵志强", "T2010014", "男", "1979-11", "大专", "体育", "是", "是", "无", "在编", "360.5", "是", "否"),
              ("3", "孙丽", "T2019032", "女", "1996", "硕士研究生", "音乐", "是", "否", "无", "编外", "120", "否", ""),
              ("4", "钱伟", "T2001007", "男", "197205", "中师", "数学", "是", "是", "市级骨干", "在编", "400", "否", "")]
    rows = [(1, [S("桓台县第一小学教师花名册（2025年9月）")]), (2, header)]
    for n, p in enumerate(people, start=3):
        rows.append((n, [N(p[0]), S(p[1]), S(p[2]), S(p[3]), S(p[4]), S(p[5]), S(p[6]), S(p[7]), S(p[8]), S(p[9]),
                         S(p[10]), N(p[11]), S(p[12]), S(p[13]) if p[13] else None]))
    write_xlsx("teachers_custom.xlsx", rows, sheet_name="教师")


if __name__ == "__main__":
    fitness_clean_3000()
    fitness_gb18030()
    fitness_problems()
    fitness_truncated()
    fitness_missing_column()
    fitness_xlsx()
    myopia_gb18030()
    teachers_custom_xlsx()

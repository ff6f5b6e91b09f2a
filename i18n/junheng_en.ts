<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppMain</name>
    <message>
        <source>均衡：义务教育优质均衡监测数据填报</source>
        <translation>Junheng: data collection for the high-quality balanced compulsory education assessment</translation>
    </message>
    <message>
        <source>从此文件夹读取表单定义（默认用内置表单）。</source>
        <translation>Read the form definitions from this folder (default: the built-in forms).</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（中文）或 en（English），只用于这一次运行。</source>
        <translation>Language: zh_CN (Chinese) or en (English), for this run only.</translation>
    </message>
</context>
<context>
    <name>AreaTables</name>
    <message>
        <source>各校资源配置指标</source>
        <translation>Resource indicators by school</translation>
    </message>
    <message>
        <source>还没有任何学校的基础数据（S1），各校的学校数据同步到本机后这里显示每所学校的指标。</source>
        <translation>No school profile (S1) yet. Once the schools&apos; data has synced to this device, each school&apos;s indicators are shown here.</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>综合</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>绿色为达标，红色为未达标，灰色“—”为缺数据未计算；“综合”为 7 项中至少 6 项达标且其余不低于标准的 85%。各项含义和缺少的数据见下方明细。</source>
        <translation>Green: met. Red: not met. Grey “—”: not calculated, data missing. “Overall”: at least 6 of the 7 met and the other not below 85% of the standard. What each item means and which data is missing is listed below.</translation>
    </message>
    <message>
        <source>差异系数（校际均衡）</source>
        <translation>Difference coefficients (balance between schools)</translation>
    </message>
    <message>
        <source>每项指标在各校间的差异系数，小学不超过 0.50、初中不超过 0.45 为达标（以评估依据中的限值为准）。</source>
        <translation>The difference coefficient of each indicator across schools. Met when at most 0.50 for primary and 0.45 for junior secondary (the limits of the assessment basis apply).</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>限值</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>%1 · %2（%3 校）</source>
        <translation>%1 · %2 (%3 schools)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>镇（街道）</source>
        <translation>Town (subdistrict)</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>全县年级</source>
        <translation>County grade</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <source>·</source>
        <translation>·</translation>
    </message>
    <message>
        <source>  %1 %2【%3】%4
</source>
        <translation>  %1 %2 [%3] %4
</translation>
    </message>
    <message>
        <source>评估依据：%1（%2）；体质健康：%3
</source>
        <translation>Assessment basis: %1 (%2); physical fitness: %3
</translation>
    </message>
    <message>
        <source>
一、资源配置（7项指标）
</source>
        <translation>
1. Resources (7 indicators)
</translation>
    </message>
    <message>
        <source>  不参评：%1
</source>
        <translation>  Not assessed: %1
</translation>
    </message>
    <message>
        <source>%1 %2部%3
</source>
        <translation>%1 %2 section%3
</translation>
    </message>
    <message>
        <source>（%1 名学生）</source>
        <translation> (%1 students)</translation>
    </message>
    <message>
        <source>  资源分摊：%1
</source>
        <translation>  Resource split: %1
</translation>
    </message>
    <message>
        <source>（达到要求的85%）</source>
        <translation> (85% of the requirement)</translation>
    </message>
    <message>
        <source>  要达标，最少需要：%1
</source>
        <translation>  To meet the standard, at least: %1
</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>  如果 %1 完成上述补充：%2 差异系数 %3 → %4
</source>
        <translation>  If %1 makes the additions above: %2 difference coefficient %3 → %4
</translation>
    </message>
    <message>
        <source>
二、差异系数
</source>
        <translation>
2. Difference coefficients
</translation>
    </message>
    <message>
        <source>  差异系数要用全县（或全镇）各校的数据计算，请在县、镇的设备上查看
</source>
        <translation>  Difference coefficients need the data of all schools in the county (or town): see them on a county or town device
</translation>
    </message>
    <message>
        <source>%1 %2（%3 个单位，%4 个达标）
</source>
        <translation>%1 %2 (%3 units, %4 met)
</translation>
    </message>
    <message>
        <source>
三、政府保障与教育质量
</source>
        <translation>
3. Government support and education quality
</translation>
    </message>
    <message>
        <source>%1（%2）
</source>
        <translation>%1 (%2)
</translation>
    </message>
    <message>
        <source>全县
</source>
        <translation>Whole county
</translation>
    </message>
    <message>
        <source>
四、体质健康
</source>
        <translation>
4. Physical fitness
</translation>
    </message>
    <message>
        <source>  未计算：没有 S6 体质健康测试记录
</source>
        <translation>  Not calculated: no S6 fitness test records
</translation>
    </message>
    <message>
        <source>%1：测试 %2 人，优秀 %3，良好 %4，及格 %5，不及格 %6（免测 %7，未评分 %8）
</source>
        <translation>%1: %2 tested, excellent %3, good %4, pass %5, fail %6 (exempt %7, not scored %8)
</translation>
    </message>
    <message>
        <source>  %1 %2：%3
</source>
        <translation>  %1 %2: %3
</translation>
    </message>
    <message>
        <source>
五、近视
</source>
        <translation>
5. Myopia
</translation>
    </message>
    <message>
        <source>  未计算：没有 S5 近视筛查记录
</source>
        <translation>  Not calculated: no S5 myopia screening records
</translation>
    </message>
    <message>
        <source>%1：有效 %2 人，近视 %3 人%4（低度 %5，中度 %6，高度 %7；无效 %8）
</source>
        <translation>%1: %2 valid, %3 myopic%4 (low %5, moderate %6, high %7; invalid %8)
</translation>
    </message>
    <message>
        <source>，近视率 %1%</source>
        <translation>, myopia rate %1%</translation>
    </message>
    <message>
        <source>  无效记录 %1 %2：%3
</source>
        <translation>  Invalid record %1 %2: %3
</translation>
    </message>
</context>
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>第 %1 个文件</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>第 %1 个文件“%2”</source>
        <translation>file %1 “%2”</translation>
    </message>
    <message>
        <source>%1应是上传的文件，现在是“%2”。请用“添加文件”上传佐证材料。</source>
        <translation>%1 must be uploaded files; now it is “%2”. Use “Add file” to upload the evidence.</translation>
    </message>
    <message>
        <source>%1上传了 %2 个文件，最多 %3 个。请删去多余的。</source>
        <translation>%1 has %2 files; at most %3 are allowed. Please remove the extra ones.</translation>
    </message>
    <message>
        <source>%1的第 %2 个文件记录不完整。请删除后重新上传。</source>
        <translation>The record of file %2 of %1 is incomplete. Please remove it and upload it again.</translation>
    </message>
    <message>
        <source>%1的%2记录不完整（缺少文件名、大小或校验值）。请删除后重新上传。</source>
        <translation>The record of %2 of %1 is incomplete (no file name, size or checksum). Please remove it and upload it again.</translation>
    </message>
    <message>
        <source>%1的%2类型不允许。可上传：%3。</source>
        <translation>The type of %2 of %1 is not allowed. Allowed: %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1的%2有 %3，每个文件最大 %4 MB。请压缩后重新上传。</source>
        <translation>%2 of %1 is %3; each file may be at most %4 MB. Please make it smaller and upload it again.</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>再添加一个文件…</source>
        <translation>Add another file…</translation>
    </message>
    <message>
        <source>选择佐证材料（照片、PDF 或 Word 文件）</source>
        <translation>Choose evidence (photos, PDF or Word files)</translation>
    </message>
    <message>
        <source>照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1：文件“%2”找不到或不能读取。请重新选择文件。</source>
        <translation>%1: the file “%2” cannot be found or read. Please choose the file again.</translation>
    </message>
    <message>
        <source>%1：文件“%2”的类型不允许。可上传：%3。</source>
        <translation>%1: the type of the file “%2” is not allowed. Allowed: %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1：文件“%2”有 %3 MB，每个文件最大 %4 MB。请压缩后重新上传。</source>
        <translation>%1: the file “%2” is %3 MB; each file may be at most %4 MB. Please make it smaller and upload it again.</translation>
    </message>
    <message>
        <source>%1：文件“%2”读取失败。请重新选择文件。</source>
        <translation>%1: the file “%2” could not be read. Please choose the file again.</translation>
    </message>
    <message>
        <source>不能创建佐证材料文件夹 %1。请检查磁盘空间和权限。</source>
        <translation>Cannot create the evidence folder %1. Please check the disk space and permissions.</translation>
    </message>
    <message>
        <source>%1：文件“%2”不能保存到 %3。请检查磁盘空间和权限。</source>
        <translation>%1: the file “%2” cannot be saved to %3. Please check the disk space and permissions.</translation>
    </message>
    <message>
        <source>%1：文件“%2”保存时出错。请检查磁盘空间后重试。</source>
        <translation>%1: saving the file “%2” failed. Please check the disk space and try again.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1的文件%2在本机找不到或已损坏。请删除后重新上传。</source>
        <translation>The file(s) %2 of %1 are missing on this device or damaged. Please remove them and upload them again.</translation>
    </message>
    <message>
        <source>打不开文件“%1”：%2。请确认文件存在、没有被其他程序占用。</source>
        <translation>Cannot open the file “%1”: %2. Please check that the file exists and is not in use by another program.</translation>
    </message>
    <message>
        <source>读取文件“%1”时出错：%2。</source>
        <translation>Error reading the file “%1”: %2.</translation>
    </message>
    <message>
        <source>无法建立附件文件夹 %1。请检查存储空间和权限。</source>
        <translation>Cannot create the attachment folder %1. Please check the storage space and permissions.</translation>
    </message>
    <message>
        <source>无法保存附件“%1”：%2。请检查存储空间。</source>
        <translation>Cannot save the attachment “%1”: %2. Please check the storage space.</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>报告已保存：%1
</source>
        <translation>Report saved: %1
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>本机数据目录（默认为系统的应用数据目录，或 $JUNHENG_DATA_DIR）</source>
        <translation>Data folder of this device (default: the system&apos;s application data folder, or $JUNHENG_DATA_DIR)</translation>
    </message>
    <message>
        <source>表单定义目录（默认用内置表单）</source>
        <translation>Form definition folder (default: the built-in forms)</translation>
    </message>
    <message>
        <source>以 JSON 输出（每个结果一行）</source>
        <translation>Print JSON (one line per result)</translation>
    </message>
    <message>
        <source>服务器地址，如 https://jh.example.gov.cn</source>
        <translation>Server address, e.g. https://jh.example.gov.cn</translation>
    </message>
    <message>
        <source>一次性登记码</source>
        <translation>One-time enrolment code</translation>
    </message>
    <message>
        <source>本设备的名称</source>
        <translation>Name of this device</translation>
    </message>
    <message>
        <source>服务器证书的 SHA-256 指纹（自签名证书时，由县里给出）</source>
        <translation>SHA-256 fingerprint of the server certificate (given by the county for a self-signed certificate)</translation>
    </message>
    <message>
        <source>只列出这张表</source>
        <translation>List only this form</translation>
    </message>
    <message>
        <source>填写后立即定稿</source>
        <translation>Finalise right after filling in</translation>
    </message>
    <message>
        <source>本机已登记时，换成新的登记</source>
        <translation>Replace the enrolment if this device is already enrolled</translation>
    </message>
    <message>
        <source>把已发送的记录全部重新发送（服务器已有的不会重复保存）</source>
        <translation>Send all sent records again (the server does not store duplicates)</translation>
    </message>
    <message>
        <source>文件格式：fitness（国家体质健康上报）、myopia（近视筛查）、teachers（教师名册）</source>
        <translation>File layout: fitness (national fitness upload), myopia (myopia screening), teachers (teacher roster)</translation>
    </message>
    <message>
        <source>列对应，文件的列名=字段名，如 &quot;工号=staff_no,学历=degree&quot;</source>
        <translation>Column mapping, file column=field, e.g. &quot;工号=staff_no,学历=degree&quot;</translation>
    </message>
    <message>
        <source>只检查并列出问题，不写入</source>
        <translation>Only check and list the problems, write nothing</translation>
    </message>
    <message>
        <source>有错误的行不导入，只导入没有错误的行</source>
        <translation>Import only the rows without errors; skip rows with errors</translation>
    </message>
    <message>
        <source>把问题清单保存为 Excel 文件</source>
        <translation>Save the list of problems as an Excel file</translation>
    </message>
    <message>
        <source>导出到这个文件（.xlsx 或 .csv）</source>
        <translation>Export to this file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>评估阈值档案：national（默认）、shandong、huantai、hebei、xingtai、jingyan</source>
        <translation>Threshold profile: national (default), shandong, huantai, hebei, xingtai, jingyan</translation>
    </message>
    <message>
        <source>报告中列出每名学生的得分和筛查结果</source>
        <translation>List each student&apos;s scores and screening results in the report</translation>
    </message>
    <message>
        <source>输出语言：zh_CN（中文）或 en（English）；默认按环境变量 LANG</source>
        <translation>Output language: zh_CN (Chinese) or en (English); default from the LANG environment variable</translation>
    </message>
    <message>
        <source>用法：junheng-cli %1
</source>
        <translation>Usage: junheng-cli %1
</translation>
    </message>
    <message>
        <source>用法：junheng-cli import 文件 --form 表单 [--layout 格式] [--map 列名=字段,…] [--dry-run] [--valid-only] [--report 问题.xlsx]
</source>
        <translation>Usage: junheng-cli import FILE --form FORM [--layout LAYOUT] [--map column=field,…] [--dry-run] [--valid-only] [--report problems.xlsx]
</translation>
    </message>
    <message>
        <source>用法：junheng-cli export --form 表单 --out 文件.xlsx|文件.csv [--layout 格式]
</source>
        <translation>Usage: junheng-cli export --form FORM --out FILE.xlsx|FILE.csv [--layout LAYOUT]
</translation>
    </message>
    <message>
        <source>用法：junheng-cli enrol --server URL --code CODE [--name NAME]
</source>
        <translation>Usage: junheng-cli enrol --server URL --code CODE [--name NAME]
</translation>
    </message>
    <message>
        <source>本机已登记为 %1（%2）。如确实要换成新的登记，请加 --replace 再运行一次。</source>
        <translation>This device is already enrolled as %1 (%2). To replace that enrolment, run again with --replace.</translation>
    </message>
    <message>
        <source>均衡 命令行客户端

命令：
  enrol --server URL --code CODE [--fingerprint SHA256] [--replace]
  enrol --link junheng://enrol?… | --qr 二维码.png [--replace]
                                                 用登记码把本机登记到服务器
  status                                         登记信息与同步状态
  list [--form ID]                               本机的记录
  show ID|UUID                                   一条记录的内容和校验结果（ID 为表单代码，如 S1）
  show ID --warnings                             列出还没写原因的提醒（名单表逐行列出）
  reason ID [--row 编号] --field 字段 --text 原因 | --reasons 原因.csv
                                                 为超出常见范围的值写明原因（CSV：编号,字段,原因）
  fill ID FILE.json [--finalise]                 用 JSON 文件填写本校的表单（保存为草稿）
  finalise ID|UUID                               校验并定稿，进入待发送队列
  sync [--resend-all]                            与服务器同步
  import FILE --form ID [--layout L] [--map 列名=字段,…] [--dry-run] [--valid-only] [--report 问题.xlsx]
                                                 导入名单文件（CSV 或 XLSX）：先检查，全部无误才写入
  export --form ID --out FILE.xlsx|FILE.csv [--layout L]
                                                 按原来的文件格式导出名单
  report [--profile ID] [--students]             本校各项指标：达标情况、差距、体质健康、近视
         [--xlsx 报告.xlsx] [--pdf 报告.pdf] [--town 乡镇]
                                                 县、乡镇的监测报告（Excel 和带图表的 PDF）
  cycle list|open ID --name N --opens D --closes D [--draft]|publish ID|close ID
                                                 评估周期（县教育局）
  review approve|return 学校 表单 --reviewer 姓名 [--comment 字段=意见 …] | review show [学校] 表单
                                                 审核提交的表单（乡镇、县），查看审核意见
  pin                                            设置或更换保护学生健康数据（S5、S6）的 PIN

PIN：S5、S6 加密保存，命令从环境变量 JUNHENG_PIN 取 PIN，没有时在终端里询问（更换用 JUNHENG_NEW_PIN）。</source>
        <translation>Junheng command-line client

Commands:
  enrol --server URL --code CODE [--fingerprint SHA256] [--replace]
  enrol --link junheng://enrol?… | --qr QR.png [--replace]
                                                 enrol this device with the server using a one-time code
  status                                         enrolment and sync state
  list [--form ID]                               the records on this device
  show ID|UUID                                   a record and its checks (ID is a form code such as S1)
  show ID --warnings                             list the warnings that have no reason yet (rosters: row by row)
  reason ID [--row KEY] --field FIELD --text REASON | --reasons reasons.csv
                                                 give the reason for a value outside the usual range (CSV: key,field,reason)
  fill ID FILE.json [--finalise]                 fill in this school&apos;s form from a JSON file (saved as a draft)
  finalise ID|UUID                               check and finalise; the record goes to the outbox
  sync [--resend-all]                            sync with the server
  import FILE --form ID [--layout L] [--map column=field,…] [--dry-run] [--valid-only] [--report problems.xlsx]
                                                 import a roster file (CSV or XLSX): checked first, written only when all is valid
  export --form ID --out FILE.xlsx|FILE.csv [--layout L]
                                                 export a roster in its original file layout
  report [--profile ID] [--students]             this school&apos;s indicators: what is met, gaps, fitness, myopia
         [--xlsx report.xlsx] [--pdf report.pdf] [--town TOWN]
                                                 county and town monitoring reports (Excel, and PDF with charts)
  cycle list|open ID --name N --opens D --closes D [--draft]|publish ID|close ID
                                                 assessment cycles (county education bureau)
  review approve|return SCHOOL FORM --reviewer NAME [--comment field=comment …] | review show [SCHOOL] FORM
                                                 review submitted forms (town, county) and see review comments
  pin                                            set or change the PIN that protects student health data (S5, S6)

PIN: S5 and S6 are stored encrypted. Commands take the PIN from the environment variable JUNHENG_PIN, or ask for it in the terminal when it is not set (to change it, use JUNHENG_NEW_PIN).</translation>
    </message>
    <message>
        <source>登记链接 junheng://enrol?…（登记二维码的内容，代替 --server/--code）</source>
        <translation>Enrolment link junheng://enrol?… (what the enrolment QR code contains; instead of --server/--code)</translation>
    </message>
    <message>
        <source>从登记二维码图片（PNG/JPG）读出登记链接</source>
        <translation>Read the enrolment link from a picture of the enrolment QR code (PNG/JPG)</translation>
    </message>
    <message>
        <source>把监测报告保存为 Excel 文件</source>
        <translation>Save the monitoring report as an Excel file</translation>
    </message>
    <message>
        <source>把监测报告保存为 PDF 文件（含图表）</source>
        <translation>Save the monitoring report as a PDF file (with charts)</translation>
    </message>
    <message>
        <source>县级设备：只出这个乡镇的报告</source>
        <translation>County device: report on this town only</translation>
    </message>
    <message>
        <source>周期开始日期 YYYY-MM-DD</source>
        <translation>Cycle start date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>周期截止日期 YYYY-MM-DD（当天 24 时，北京时间）</source>
        <translation>Cycle closing date YYYY-MM-DD (until midnight at the end of that day, Beijing time)</translation>
    </message>
    <message>
        <source>cycle open：只建立，暂不发布</source>
        <translation>cycle open: create only, do not publish yet</translation>
    </message>
    <message>
        <source>审核人（或操作人）姓名</source>
        <translation>Name of the reviewer (or person doing it)</translation>
    </message>
    <message>
        <source>审核意见：字段=意见，或 记录UUID/字段=意见（可多次）</source>
        <translation>Review comment: field=comment, or recordUUID/field=comment (can be given several times)</translation>
    </message>
    <message>
        <source>show：只列出还没写原因的提醒</source>
        <translation>show: list only the warnings that have no reason yet</translation>
    </message>
    <message>
        <source>reason：名单中的行（学籍号、工号；班级为 年级/班级）</source>
        <translation>reason: the roster row (student number, staff number; for classes grade/class)</translation>
    </message>
    <message>
        <source>reason：字段名或字段的中文名称</source>
        <translation>reason: the field name or its Chinese label</translation>
    </message>
    <message>
        <source>reason：原因</source>
        <translation>reason: the reason</translation>
    </message>
    <message>
        <source>reason：CSV 文件，每行 编号,字段,原因</source>
        <translation>reason: a CSV file, one line per reason: key,field,reason</translation>
    </message>
    <message>
        <source>不认识的命令“%1”。可用：enrol, status, list, show, fill, finalise, sync, import, export, report, cycle, review, reason, pin。
</source>
        <translation>Unknown command “%1”. Available: enrol, status, list, show, fill, finalise, sync, import, export, report, cycle, review, reason, pin.
</translation>
    </message>
    <message>
        <source>县教育局发布的表单用不了，先用本软件自带的表单：%1
</source>
        <translation>The forms published by the county education bureau cannot be used; using the app’s built-in forms for now: %1
</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>列对应“%1”看不懂：应写成 文件里的列名=字段名，多个用逗号分开，例如 工号=staff_no,学历=degree。</source>
        <translation>The column mapping “%1” cannot be read: write file column=field, several separated by commas, e.g. 工号=staff_no,学历=degree.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>列对应里的“%1”不是表 %2 的字段。可用的字段：%3。</source>
        <translation>“%1” in the column mapping is not a field of form %2. Fields: %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>文件的前 %1 行里没有找到“%2”的表头。表头应包含这些列名（顺序不限）：%3。%4</source>
        <translation>No header of “%2” in the first %1 rows of the file. The header should have these columns (any order): %3. %4</translation>
    </message>
    <message>
        <source>列名不同时，请指定列对应，例如 工号=staff_no。</source>
        <translation>If the column names differ, give a column mapping, e.g. 工号=staff_no.</translation>
    </message>
    <message>
        <source>列对应里的列名“%1”在文件的表头（第 %2 行）里没有。表头有：%3。</source>
        <translation>The column “%1” of the column mapping is not in the file&apos;s header (row %2). The header has: %3.</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>文件缺少必需的列 %1（表头在第 %2 行）。没有导入任何数据。请在文件里加上这些列%3后再导入。</source>
        <translation>The file lacks the required column(s) %1 (header in row %2). Nothing was imported. Add these columns to the file%3, then import again.</translation>
    </message>
    <message>
        <source>，或者用列对应指明哪一列是它（例如 工号=staff_no）</source>
        <translation>, or say which column it is with a column mapping (e.g. 工号=staff_no)</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>应是一个对象，例如 {&quot;field&quot;: &quot;sex&quot;, &quot;in&quot;: [&quot;1&quot;]}。</source>
        <translation> must be an object, e.g. {&quot;field&quot;: &quot;sex&quot;, &quot;in&quot;: [&quot;1&quot;]}.</translation>
    </message>
    <message>
        <source>的 %1 不能是空列表。</source>
        <translation>: %1 must not be an empty list.</translation>
    </message>
    <message>
        <source>缺少 field（或 all / any / not）。</source>
        <translation> lacks field (or all / any / not).</translation>
    </message>
    <message>
        <source>对字段 %1 没有给出 in、min、max 或 filled。</source>
        <translation> gives none of in, min, max or filled for field %1.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>处理冲突：%1</source>
        <translation>Resolve conflict: %1</translation>
    </message>
    <message>
        <source>全部用本机的</source>
        <translation>Use all from this device</translation>
    </message>
    <message>
        <source>全部用服务器的</source>
        <translation>Use all from the server</translation>
    </message>
    <message>
        <source>本机的：%1</source>
        <translation>This device: %1</translation>
    </message>
    <message>
        <source>服务器的：%1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>改之前是：%1</source>
        <translation>Before the change: %1</translation>
    </message>
    <message>
        <source>保存选择</source>
        <translation>Save choices</translation>
    </message>
</context>
<context>
    <name>CountyConfirmDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CountyCycles</name>
    <message>
        <source>下面是本机上次同步时的评估周期；联网后点“刷新”查看服务器上的最新情况（含未发布的草稿）。</source>
        <translation>Below are the assessment cycles as of this device’s last sync. When online, tap “Refresh” to see the latest on the server (including unpublished drafts).</translation>
    </message>
    <message>
        <source>还没有评估周期。联网后点“刷新”，或新建一个。</source>
        <translation>No assessment cycles yet. When online, tap “Refresh”, or create one.</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>未设日期</source>
        <translation>No dates set</translation>
    </message>
    <message>
        <source>标准：%1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>发布“%1”？</source>
        <translation>Publish “%1”?</translation>
    </message>
    <message>
        <source>发布后，全县各校、各乡镇的设备同步时都会进入这个周期，按它的表和截止日期 %1 填报。发布后不能撤回。</source>
        <translation>Once it is published, every school and town device in the county enters this cycle when it syncs and fills in its forms by the closing date %1. Publishing cannot be undone.</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>结束“%1”？</source>
        <translation>Close “%1”?</translation>
    </message>
    <message>
        <source>结束后，学校仍可提交，但都会标为逾期。结束后不能重新开放。</source>
        <translation>After closing, schools can still submit, but everything they submit is marked late. A closed cycle cannot be reopened.</translation>
    </message>
    <message>
        <source>结束周期</source>
        <translation>Close cycle</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>新建评估周期…</source>
        <translation>New assessment cycle…</translation>
    </message>
    <message>
        <source>编号（如 2026）</source>
        <translation>ID (e.g. 2026)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>2026年度优质均衡监测</source>
        <translation>2026 balanced education monitoring</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>达标标准</source>
        <translation>Assessment standard</translation>
    </message>
    <message>
        <source>新建（草稿）</source>
        <translation>Create (draft)</translation>
    </message>
    <message>
        <source>新建评估周期“%1”？</source>
        <translation>Create the assessment cycle “%1”?</translation>
    </message>
    <message>
        <source>新建的周期先是草稿，只有县局设备看得到；检查无误后再点“发布”。</source>
        <translation>A new cycle starts as a draft that only county bureau devices can see. Check it, then tap “Publish”.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>CountyEnrolment</name>
    <message>
        <source>选择要登记新设备的学校或乡镇，发一个登记码。登记码只能用一次。</source>
        <translation>Choose the school or town whose new device is to be enrolled, and issue an enrolment code. Each code can be used only once.</translation>
    </message>
    <message>
        <source>（请选择学校或乡镇）</source>
        <translation>(choose a school or town)</translation>
    </message>
    <message>
        <source>备注（可不填），如“三年级组平板”</source>
        <translation>Note (optional), e.g. “Year 3 team tablet”</translation>
    </message>
    <message>
        <source>发登记码</source>
        <translation>Issue enrolment code</translation>
    </message>
    <message>
        <source>%1 的登记码</source>
        <translation>Enrolment code for %1</translation>
    </message>
    <message>
        <source>已登记的设备（%1）</source>
        <translation>Enrolled devices (%1)</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>（未命名设备）</source>
        <translation>(unnamed device)</translation>
    </message>
    <message>
        <source>（已注销）</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>登记于 %1 · 最近上传：%2</source>
        <translation>Enrolled %1 · last upload: %2</translation>
    </message>
</context>
<context>
    <name>CountyHomePage</name>
    <message>
        <source>选择保存报告的文件夹</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>%1 · 县教育局</source>
        <translation>%1 · County education bureau</translation>
    </message>
    <message>
        <source>周期：%1</source>
        <translation>Cycle: %1</translation>
    </message>
    <message>
        <source>各校情况与审核</source>
        <translation>Schools and review</translation>
    </message>
    <message>
        <source>全部评估指标</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Issue ledger</translation>
    </message>
    <message>
        <source>导出报告（XLSX 和 PDF）…</source>
        <translation>Export report (XLSX and PDF)…</translation>
    </message>
    <message>
        <source>各乡镇（街道）填报进度</source>
        <translation>Progress by town</translation>
    </message>
    <message>
        <source>评估指标（按乡镇）</source>
        <translation>Indicators by town</translation>
    </message>
    <message>
        <source>评估周期</source>
        <translation>Assessment cycles</translation>
    </message>
    <message>
        <source>设备登记</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <source>选择保存体测上报文件的文件夹</source>
        <translation>Choose a folder for the fitness upload file</translation>
    </message>
    <message>
        <source>导出体测上报文件…</source>
        <translation>Export fitness upload file…</translation>
    </message>
</context>
<context>
    <name>CountyIndicatorsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>达标学段（6/7）</source>
        <translation>Stages met (6/7)</translation>
    </message>
    <message>
        <source>差异系数未达标</source>
        <translation>Difference coefficients not met</translation>
    </message>
    <message>
        <source>体质合格率</source>
        <translation>Fitness pass rate</translation>
    </message>
    <message>
        <source>体质优良率</source>
        <translation>Fitness good-or-excellent rate</translation>
    </message>
    <message>
        <source>近视率</source>
        <translation>Myopia rate</translation>
    </message>
    <message>
        <source>达标学段</source>
        <translation>Stages met</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 items</translation>
    </message>
    <message>
        <source>未计算</source>
        <translation>Not calculated</translation>
    </message>
    <message>
        <source>差异系数（值 / 上限）</source>
        <translation>Difference coefficient (value / limit)</translation>
    </message>
    <message>
        <source>乡镇 · 学段</source>
        <translation>Town · stage</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <source>达标学段占比（%）</source>
        <translation>Share of stages met (%)</translation>
    </message>
    <message>
        <source>达标学段占比</source>
        <translation>Share of stages met</translation>
    </message>
    <message>
        <source>体质合格率、优良率与近视率（%）</source>
        <translation>Fitness pass and good-or-excellent rates, myopia rate (%)</translation>
    </message>
</context>
<context>
    <name>CountyTownProgress</name>
    <message>
        <source>%1（%2 所学校）</source>
        <translation>%1 (%2 schools)</translation>
    </message>
    <message>
        <source>已通过 %1 / %2 份表，待审核 %3，已退回 %4，填报中 %5，未开始 %6</source>
        <translation>Approved %1 / %2 forms, to review %3, returned %4, being filled in %5, not started %6</translation>
    </message>
    <message>
        <source>逾期 %1 份</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>CrossRecordRules</name>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1在第 %2 行和第 %3 行重复出现；同一名册中%4只能出现一次。请删除重复的一行，或改正其中一行的%4。</source>
        <translation>%1 appears in both row %2 and row %3; in one roster each %4 may appear only once. Delete the duplicate row, or correct the %4 of one of them.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>与</source>
        <translation>and</translation>
    </message>
    <message>
        <source>的 %1%2</source>
        <translation> is %1%2</translation>
    </message>
    <message>
        <source>没有填写</source>
        <translation> is not filled in</translation>
    </message>
    <message>
        <source>%1为 %2 的各行%3合计 %4%5，而%6中%7%8，两者应相等。请核对本名册或%6。</source>
        <translation>Rows with %1 %2: %3 adds up to %4%5, but in %6, %7%8. The two should be equal. Please check this roster or %6.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>打不开文件“%1”：%2。请确认文件存在、没有被 Excel 占用。</source>
        <translation>Cannot open the file “%1”: %2. Please check that the file exists and is not open in Excel.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标，差 %1 个百分点</source>
        <translation>Not met, %1 percentage points short</translation>
    </message>
    <message>
        <source>体质健康</source>
        <translation>Physical fitness</translation>
    </message>
    <message>
        <source>已测 %1 人。优良率 %2%（目标 ≥ %3%）：%4。合格率 %5%（目标 ≥ %6%）：%7。</source>
        <translation>%1 tested. Good or excellent: %2% (target ≥ %3%): %4. Pass: %5% (target ≥ %6%): %7.</translation>
    </message>
    <message>
        <source>还没有已评分的体质健康测试记录（S6），录入后这里显示等级分布、优良率和合格率。</source>
        <translation>No scored fitness test records (S6) yet. Once entered, the grades and the good and pass rates are shown here.</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>及格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不及格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>近视</source>
        <translation>Myopia</translation>
    </message>
    <message>
        <source>还没有有效的近视筛查记录（S5），录入后这里显示各年级近视率。</source>
        <translation>No valid myopia screening records (S5) yet. Once entered, the myopia rate of each grade is shown here.</translation>
    </message>
    <message>
        <source>有效筛查 %1 人，近视 %2 人，近视率 %3%%4。%5</source>
        <translation>%1 validly screened, %2 myopic, myopia rate %3%%4. %5</translation>
    </message>
    <message>
        <source>（上一轮 %1%）</source>
        <translation> (previous round %1%)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>近视率（%）</source>
        <translation>Myopia rate (%)</translation>
    </message>
    <message>
        <source>本轮近视率（%）</source>
        <translation>This round (%)</translation>
    </message>
    <message>
        <source>上一轮近视率（%）</source>
        <translation>Previous round (%)</translation>
    </message>
    <message>
        <source>资源配置指标 · %1：本校数值占标准的百分比（100% 为达标线）</source>
        <translation>Resource indicators · %1: this school&apos;s value as a percentage of the standard (100% = met)</translation>
    </message>
    <message>
        <source>7 项指标都还缺数据，没有可画的数值。缺什么见左侧（窄屏为下方）各项明细。</source>
        <translation>All 7 indicators still lack data: nothing to draw yet. What is missing is listed in the details on the left (below on a narrow screen).</translation>
    </message>
    <message>
        <source>%1 缺数据未计算，图中没有它们的柱子；缺什么见各项明细。</source>
        <translation>%1 not calculated for lack of data and have no bars; what is missing is listed in the details.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>占标准（%）</source>
        <translation>Of the standard (%)</translation>
    </message>
    <message>
        <source>本校（低于 100% 即未达标）</source>
        <translation>This school (below 100% = not met)</translation>
    </message>
    <message>
        <source>标准 = 100%</source>
        <translation>Standard = 100%</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>%1年级</source>
        <translation>Grade %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>评估指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>评估依据：%1</source>
        <translation>Assessment basis: %1</translation>
    </message>
    <message>
        <source>选择保存报告的文件夹</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Issue ledger</translation>
    </message>
    <message>
        <source>选择保存体测上报文件的文件夹</source>
        <translation>Choose a folder for the fitness upload file</translation>
    </message>
    <message>
        <source>导出体测上报文件</source>
        <translation>Export fitness upload file</translation>
    </message>
</context>
<context>
    <name>DifferenceCoefficient</name>
    <message>
        <source> 差异系数</source>
        <translation> difference coefficient</translation>
    </message>
    <message>
        <source>未计算：%1没有可计算该指标的%2学校</source>
        <translation>Not calculated: %1 has no %2 school with data for this indicator</translation>
    </message>
    <message>
        <source>未计算：%1该指标的加权平均值为 0</source>
        <translation>Not calculated: the weighted mean of this indicator in %1 is 0</translation>
    </message>
    <message>
        <source>%1 所学校，加权平均 %2，差异系数 %3，要求 ≤ %4</source>
        <translation>%1 schools, weighted mean %2, difference coefficient %3, required ≤ %4</translation>
    </message>
    <message>
        <source>；%1 所学校缺数据未计入：%2</source>
        <translation>; %1 schools without data not counted: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EnrolNotice</name>
    <message>
        <source>这台设备还没有注册到学校，暂时不能填表和同步。</source>
        <translation>This device is not enrolled to a school yet, so forms cannot be filled in or synced.</translation>
    </message>
    <message>
        <source>请向镇（街道）或县教育局要一个注册码，然后在电脑的命令行里运行下面的命令（把 URL 换成服务器地址，CODE 换成注册码），再重新打开本软件：</source>
        <translation>Ask the town (subdistrict) or the county education bureau for an enrolment code, run the command below in a terminal (replace URL with the server address and CODE with the code), then open this app again:</translation>
    </message>
    <message>
        <source>有登记二维码时：把二维码里的链接（junheng://enrol?…）粘贴到下面，或选择二维码图片，然后点“登记”。</source>
        <translation>If you have an enrolment QR code: paste the link in it (junheng://enrol?…) below, or choose a picture of the QR code, then tap “Enrol”.</translation>
    </message>
    <message>
        <source>junheng://enrol?server=…&amp;code=…</source>
        <translation>junheng://enrol?server=…&amp;code=…</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>选择二维码图片</source>
        <translation>Choose QR code picture</translation>
    </message>
    <message>
        <source>也可以在电脑的命令行里登记：</source>
        <translation>You can also enrol from the command line on a computer:</translation>
    </message>
    <message>
        <source>选择登记二维码图片</source>
        <translation>Choose a picture of the enrolment QR code</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>EnrolQr</name>
    <message>
        <source>用学校的设备扫描上面的二维码登记，或把这个链接粘贴到登记页：%1</source>
        <translation>Scan the QR code above with the school&apos;s device to enrol, or paste this link on the enrolment page: %1</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>必须改正</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>填写的值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>表头所在行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>数据行</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <source>可以导入的行</source>
        <translation>Rows that can be imported</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>必须改正</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>“%1”不是可以导入导出的名单表。可用：%2。</source>
        <translation>“%1” is not a roster that can be imported or exported. Available: %2.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2，表 %3）</source>
        <translation>%1 (%2, form %3)</translation>
    </message>
    <message>
        <source>没有文件格式“%1”。可用：%2。</source>
        <translation>There is no file layout “%1”. Available: %2.</translation>
    </message>
    <message>
        <source>文件格式 %1 是表 %2 的，不是表 %3 的。</source>
        <translation>The file layout %1 belongs to form %2, not form %3.</translation>
    </message>
    <message>
        <source>本机还没有以学校身份登记，不知道是哪所学校的名单。请先运行 junheng-cli enrol --server URL --code 登记码。</source>
        <translation>This device is not enrolled as a school, so it does not know whose roster this is. First run junheng-cli enrol --server URL --code CODE.</translation>
    </message>
    <message>
        <source>文件：%1（%2，表头在第 %3 行）
</source>
        <translation>File: %1 (%2, header in row %3)
</translation>
    </message>
    <message>
        <source>数据 %1 行：可以导入 %2 行，有错误 %3 行；必须改正 %4 处，请核对 %5 处。
</source>
        <translation>%1 data rows: %2 can be imported, %3 have errors; %4 must be fixed, %5 to check.
</translation>
    </message>
    <message>
        <source>  说明：</source>
        <translation>  Note: </translation>
    </message>
    <message>
        <source>  ……还有 %1 处，完整的清单请用 --report 问题.xlsx 保存。
</source>
        <translation>  … and %1 more; save the full list with --report problems.xlsx.
</translation>
    </message>
    <message>
        <source><byte value="xd"/>正在检查第 %1 / %2 行…</source>
        <translation><byte value="xd"/>Checking row %1 / %2…</translation>
    </message>
    <message>
        <source>只是预览（--dry-run），没有写入任何数据。</source>
        <translation>Preview only (--dry-run): nothing was written.</translation>
    </message>
    <message>
        <source>文件里没有数据行，没有导入。</source>
        <translation>The file has no data rows: nothing was imported.</translation>
    </message>
    <message>
        <source>没有一行可以导入，没有写入任何数据。请按上面的说明改正文件后重新导入。</source>
        <translation>No row can be imported: nothing was written. Please correct the file as described above and import it again.</translation>
    </message>
    <message>
        <source>有 %1 行有错误，没有导入任何数据。请改正后重新导入，或者加 --valid-only 只导入没有错误的 %2 行（有错误的行以后改正了再导入一次即可，不会重复）。</source>
        <translation>%1 rows have errors: nothing was imported. Correct them and import again, or add --valid-only to import only the %2 rows without errors (import again once the others are corrected; nothing is duplicated).</translation>
    </message>
    <message>
        <source>已导入 %1 行：新增 %2 行，更新 %3 行，%4 行与本机已有的相同。%5</source>
        <translation>Imported %1 rows: %2 new, %3 updated, %4 the same as on this device. %5</translation>
    </message>
    <message>
        <source>有错误的 %1 行没有导入。</source>
        <translation>The %1 rows with errors were not imported.</translation>
    </message>
    <message>
        <source>已把 %1 行%2导出到 %3（%4格式）。
</source>
        <translation>Exported %1 rows of %2 to %3 (%4 layout).
</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>写文件“%1”失败：%2。请确认文件夹可以写入、文件没有在 Excel 里打开。</source>
        <translation>Writing the file “%1” failed: %2. Please check that the folder can be written to and the file is not open in Excel.</translation>
    </message>
    <message>
        <source>不能导出为“%1”：文件名应以 .xlsx 或 .csv 结尾。</source>
        <translation>Cannot export as “%1”: the file name must end in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>第 %1 个字符“%2”多余</source>
        <translation>character %1 “%2” is extra</translation>
    </message>
    <message>
        <source>公式不完整</source>
        <translation>the formula is incomplete</translation>
    </message>
    <message>
        <source>缺少右括号</source>
        <translation>a closing bracket is missing</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>第 %1 个字符“%2”不认识</source>
        <translation>character %1 “%2” is unknown</translation>
    </message>
    <message>
        <source>函数 %1 不认识（可用 round、sum、min、max、abs）</source>
        <translation>unknown function %1 (available: round, sum, min, max, abs)</translation>
    </message>
    <message>
        <source>%1( 缺少右括号</source>
        <translation>%1( lacks a closing bracket</translation>
    </message>
    <message>
        <source>%1 的参数个数不对</source>
        <translation>%1 has the wrong number of arguments</translation>
    </message>
    <message>
        <source>公式“%1”有误：%2。</source>
        <translation>The formula “%1” is wrong: %2.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>例如：96、102.5</source>
        <translation>For example: 96, 102.5</translation>
    </message>
    <message>
        <source>确认无误？请写明保留这个数值的原因，例如：该生为校队运动员</source>
        <translation>Correct? Write why the value is kept, e.g.: the student is on the school team</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FinaliseErrorsDialog</name>
    <message>
        <source>还不能定稿：有 %1 处须改正或写明原因</source>
        <translation>Cannot finalise yet: %1 items to fix or explain</translation>
    </message>
    <message>
        <source>知道了，去改正</source>
        <translation>OK, fix them</translation>
    </message>
</context>
<context>
    <name>FitnessRates</name>
    <message>
        <source>未计算：没有已评分的学生（免测 %1 人，未评分 %2 人）</source>
        <translation>Not calculated: no scored students (exempt %1, not scored %2)</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3%，目标 ≥ %4%</source>
        <translation>%1 ÷ %2 = %3%, target ≥ %4%</translation>
    </message>
    <message>
        <source>；另有 %1 人未评分，未计入</source>
        <translation>; %1 more not scored, not counted</translation>
    </message>
    <message>
        <source>体质健康优良率</source>
        <translation>Fitness good-or-excellent rate</translation>
    </message>
    <message>
        <source>体质健康合格率</source>
        <translation>Fitness pass rate</translation>
    </message>
</context>
<context>
    <name>FitnessStandard</name>
    <message>
        <source>读不出体质健康评分标准文件 %1：%2</source>
        <translation>Cannot read the fitness scoring standard file %1: %2</translation>
    </message>
    <message>
        <source>评分标准文件 %1 不是有效的 JSON：%2</source>
        <translation>The scoring standard file %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>评分标准文件缺少 score_levels（得分档次）。</source>
        <translation>The scoring standard file lacks score_levels.</translation>
    </message>
    <message>
        <source>评分标准中 %1/%2/%3 的表有 %4 个数，应为 %5 个（每个得分档次一个）。</source>
        <translation>The table %1/%2/%3 of the scoring standard has %4 values; it should have %5 (one per score level).</translation>
    </message>
    <message>
        <source>低体重</source>
        <translation>Underweight</translation>
    </message>
    <message>
        <source>肥胖</source>
        <translation>Obese</translation>
    </message>
    <message>
        <source>超重</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>及格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不及格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>年级编号 %1 不是 11–16、21–23、31–33 之一</source>
        <translation>grade code %1 is not one of 11–16, 21–23, 31–33</translation>
    </message>
    <message>
        <source>性别应为 1（男）或 2（女）</source>
        <translation>sex must be 1 (male) or 2 (female)</translation>
    </message>
    <message>
        <source>免测</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>体重指数（BMI）</source>
        <translation>Body mass index (BMI)</translation>
    </message>
    <message>
        <source>身高/体重</source>
        <translation>height/weight</translation>
    </message>
    <message>
        <source>（</source>
        <translation> (</translation>
    </message>
    <message>
        <source>）</source>
        <translation>)</translation>
    </message>
    <message>
        <source>未评分：评分标准缺少 %1 的表（%2，年级 %3）</source>
        <translation>Not scored: the scoring standard has no table for %1 (%2, grade %3)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>未评分：缺少 %1</source>
        <translation>Not scored: %1 missing</translation>
    </message>
</context>
<context>
    <name>FormActionBar</name>
    <message>
        <source>%1（第 %2 版）。如果再修改，会变回草稿，改好后要重新定稿。</source>
        <translation>%1 (version %2). Changing it makes it a draft again; finalise it again when done.</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
</context>
<context>
    <name>FormCard</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>名单共 %1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>名单还是空的</source>
        <translation>The roster is empty</translation>
    </message>
    <message>
        <source>上次修改：%1&#x3000;第 %2 版</source>
        <translation>Last changed: %1 · version %2</translation>
    </message>
    <message>
        <source>还没有开始填写</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>每一行都检查通过</source>
        <translation>Every row passes the checks</translation>
    </message>
    <message>
        <source>&lt;font color=&quot;%1&quot;&gt;%2 行有错误&lt;/font&gt;&#x3000;&lt;font color=&quot;%3&quot;&gt;%4 行有提醒&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;%1&quot;&gt;%2 rows with errors&lt;/font&gt; · &lt;font color=&quot;%3&quot;&gt;%4 rows with warnings&lt;/font&gt;</translation>
    </message>
    <message>
        <source>服务器未接收：%1</source>
        <translation>Not accepted by the server: %1</translation>
    </message>
    <message>
        <source>已退回：%1 条审核意见（%2 %3）</source>
        <translation>Returned: %1 review comments (%2 %3)</translation>
    </message>
</context>
<context>
    <name>FormCatalog</name>
    <message>
        <source>找不到表单目录 %1。</source>
        <translation>The form folder %1 cannot be found.</translation>
    </message>
    <message>
        <source>读不出表单文件 %1：%2</source>
        <translation>Cannot read the form file %1: %2</translation>
    </message>
    <message>
        <source>表单 %1 在 %2 中出现了两次。</source>
        <translation>Form %1 appears twice in %2.</translation>
    </message>
    <message>
        <source>表单目录 %1 中没有表单（*.json）。</source>
        <translation>There are no forms (*.json) in the form folder %1.</translation>
    </message>
    <message>
        <source>表单定义 %1 有误：规则 %2 的 target“%3”在表单 %4 中没有对应的字段。</source>
        <translation>Form definition %1 is wrong: the target “%3” of rule %2 has no field in form %4.</translation>
    </message>
    <message>
        <source>评估周期发布的表单 %1</source>
        <translation>form %1 published with the assessment cycle</translation>
    </message>
    <message>
        <source>评估周期发布的表单 %1 的定义写的是 %2。</source>
        <translation>The definition of form %1 published with the assessment cycle says it is %2.</translation>
    </message>
    <message>
        <source>%1 第%2版</source>
        <translation>%1 version %2</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>表单定义 %1 有误：%2</source>
        <translation>Form definition %1 is wrong: %2</translation>
    </message>
    <message>
        <source>有一个字段缺少 id。</source>
        <translation>A field has no id.</translation>
    </message>
    <message>
        <source>字段 %1 的类型“%2”不认识。</source>
        <translation>The type “%2” of field %1 is unknown.</translation>
    </message>
    <message>
        <source>字段 %1 缺少中文名称（label.zh）。</source>
        <translation>Field %1 has no Chinese name (label.zh).</translation>
    </message>
    <message>
        <source>表单定义 %1 有误：字段 %2 的 required 条件</source>
        <translation>Form definition %1 is wrong: the required condition of field %2</translation>
    </message>
    <message>
        <source>字段 %1 的 pattern 不是有效的正则表达式。</source>
        <translation>The pattern of field %1 is not a valid regular expression.</translation>
    </message>
    <message>
        <source>选择题字段 %1 没有选项（choices）。</source>
        <translation>The choice field %1 has no choices.</translation>
    </message>
    <message>
        <source>表单定义 %1 有误：字段 %2 的显示条件（relevant）</source>
        <translation>Form definition %1 is wrong: the relevant condition of field %2</translation>
    </message>
    <message>
        <source>字段 %1 的 irrelevant_filled 只能是 error 或 ignore。</source>
        <translation>irrelevant_filled of field %1 must be error or ignore.</translation>
    </message>
    <message>
        <source>字段 %1 的 allowed 只能列数字。</source>
        <translation>allowed of field %1 may list only numbers.</translation>
    </message>
    <message>
        <source>表单定义 %1 有误：字段 %2 的 usual_when 条件</source>
        <translation>Form definition %1 is wrong: the usual_when condition of field %2</translation>
    </message>
    <message>
        <source>字段 %1 的计算%2</source>
        <translation>The computation of field %1: %2</translation>
    </message>
    <message>
        <source>计算字段 %1 的类型须为 integer 或 decimal。</source>
        <translation>The computed field %1 must be of type integer or decimal.</translation>
    </message>
    <message>
        <source>不是有效的 JSON（第 %1 个字符附近：%2）。</source>
        <translation>not valid JSON (near character %1: %2).</translation>
    </message>
    <message>
        <source>缺少 id 或 version（version 须为正整数）。</source>
        <translation>id or version missing (version must be a positive integer).</translation>
    </message>
    <message>
        <source>kind 只能是 single 或 roster，现在是“%1”。</source>
        <translation>kind must be single or roster; it is “%1”.</translation>
    </message>
    <message>
        <source>字段 id %1 重复。</source>
        <translation>The field id %1 appears twice.</translation>
    </message>
    <message>
        <source>没有任何字段。</source>
        <translation>There are no fields.</translation>
    </message>
    <message>
        <source>字段 %1 的条件或公式引用了不存在的字段 %2。</source>
        <translation>A condition or formula of field %1 refers to field %2, which does not exist.</translation>
    </message>
    <message>
        <source>key 引用了不存在的字段 %1。</source>
        <translation>key refers to field %1, which does not exist.</translation>
    </message>
    <message>
        <source>irrelevant_filled 只能是 error 或 ignore。</source>
        <translation>irrelevant_filled must be error or ignore.</translation>
    </message>
    <message>
        <source>有一条规则缺少 id。</source>
        <translation>A rule has no id.</translation>
    </message>
    <message>
        <source>规则 %1 的 kind“%2”不认识。</source>
        <translation>The kind “%2” of rule %1 is unknown.</translation>
    </message>
    <message>
        <source>规则 %1（%2）只能用于名册（kind 为 roster）的表单。</source>
        <translation>Rule %1 (%2) can only be used in roster forms (kind roster).</translation>
    </message>
    <message>
        <source>规则 %1（date_le）的 left 和 right 须各是一个日期字段。</source>
        <translation>left and right of rule %1 (date_le) must each be one date field.</translation>
    </message>
    <message>
        <source>规则 %1 缺少 fields。</source>
        <translation>Rule %1 has no fields.</translation>
    </message>
    <message>
        <source>规则 %1 须有 form，且 target 中含 {%2}。</source>
        <translation>Rule %1 needs form, and {%2} in target.</translation>
    </message>
    <message>
        <source>规则 %1 引用了不存在的字段 %2。</source>
        <translation>Rule %1 refers to field %2, which does not exist.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · 第 %2 版</source>
        <translation>%1 · version %2</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>GuaranteeCounty</name>
    <message>
        <source>未计算：缺少 %1</source>
        <translation>Not calculated: %1 missing</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 为 0，本项不适用</source>
        <translation>%1 is 0: this item does not apply</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3，要求 ≥ %4</source>
        <translation>%1 ÷ %2 = %3, required ≥ %4</translation>
    </message>
    <message>
        <source>填报为“否”</source>
        <translation>Reported “No”</translation>
    </message>
    <message>
        <source>填报为“是”，但还没有上传佐证材料</source>
        <translation>Reported “Yes”, but no evidence uploaded yet</translation>
    </message>
    <message>
        <source>填报为“是”，佐证材料 %1 份</source>
        <translation>Reported “Yes”, %1 evidence files</translation>
    </message>
    <message>
        <source>全县随迁子女在公办学校和政府购买学位就读比例</source>
        <translation>County share of migrant children in public schools or government-funded places</translation>
    </message>
    <message>
        <source>随迁子女数</source>
        <translation>migrant children</translation>
    </message>
    <message>
        <source>（%1 所学校：%2）</source>
        <translation> (%1 schools: %2)</translation>
    </message>
    <message>
        <source>C1 县级保障与质量</source>
        <translation>C1 County support and quality</translation>
    </message>
    <message>
        <source>教师平均工资收入不低于公务员</source>
        <translation>Teachers&apos; average pay not below civil servants&apos;</translation>
    </message>
    <message>
        <source>元/年</source>
        <translation>yuan/year</translation>
    </message>
    <message>
        <source>C1 填报的当地公务员平均工资收入</source>
        <translation>local civil servants&apos; average pay reported in C1</translation>
    </message>
    <message>
        <source>教师 %1 元，公务员 %2 元</source>
        <translation>teachers %1 yuan, civil servants %2 yuan</translation>
    </message>
    <message>
        <source>特殊教育学校生均公用经费</source>
        <translation>Public funds per student of special education schools</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>%1 元，要求不低于 %2 元</source>
        <translation>%1 yuan, required at least %2 yuan</translation>
    </message>
    <message>
        <source>优质高中招生名额分配比例</source>
        <translation>Share of quality senior high school places allocated to junior schools</translation>
    </message>
    <message>
        <source>初中%1年巩固率</source>
        <translation>Junior secondary %1-year retention rate</translation>
    </message>
    <message>
        <source>四</source>
        <translation>4</translation>
    </message>
    <message>
        <source>三</source>
        <translation>3</translation>
    </message>
    <message>
        <source>残疾儿童少年入学率</source>
        <translation>Enrolment rate of disabled children</translation>
    </message>
    <message>
        <source>国家义务教育质量监测（学业水平与校际差异率）</source>
        <translation>National education quality monitoring (attainment and difference between schools)</translation>
    </message>
    <message>
        <source>最低学业水平 %1（要求 Ⅲ 及以上）%2；校际差异率 %3（要求低于 %4）%5</source>
        <translation>lowest attainment level %1 (required Ⅲ or better) %2; difference between schools %3 (required below %4) %5</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>社会认可度</source>
        <translation>Public satisfaction</translation>
    </message>
    <message>
        <source>%1，要求 ≥ %2</source>
        <translation>%1, required ≥ %2</translation>
    </message>
    <message>
        <source>绩效工资核定</source>
        <translation>Performance pay set</translation>
    </message>
    <message>
        <source>教职工编制统筹配置</source>
        <translation>Staff posts allocated county-wide</translation>
    </message>
    <message>
        <source>学校布局规划</source>
        <translation>School location plan</translation>
    </message>
    <message>
        <source>城乡统一的建设和配置标准</source>
        <translation>Same building and equipment standards for town and country</translation>
    </message>
    <message>
        <source>国家课程开齐开足</source>
        <translation>All national curriculum subjects fully taught</translation>
    </message>
    <message>
        <source>德育工作</source>
        <translation>Moral education</translation>
    </message>
    <message>
        <source>减轻学生课业负担</source>
        <translation>Reduced homework burden</translation>
    </message>
    <message>
        <source>以考试方式招生</source>
        <translation>Admission by examination</translation>
    </message>
    <message>
        <source>违规择校</source>
        <translation>Illegal school choice</translation>
    </message>
    <message>
        <source>设重点校或重点班</source>
        <translation>Key schools or key classes</translation>
    </message>
    <message>
        <source>一票否决项</source>
        <translation>Veto items</translation>
    </message>
    <message>
        <source>存在一票否决情形：%1。全县评估不通过</source>
        <translation>Veto case(s): %1. The county fails the assessment</translation>
    </message>
    <message>
        <source>没有一票否决情形</source>
        <translation>No veto case</translation>
    </message>
</context>
<context>
    <name>GuaranteeItems</name>
    <message>
        <source>未计算：缺少 %1</source>
        <translation>Not calculated: %1 missing</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1为 0，本项不适用</source>
        <translation>%1 is 0: this item does not apply</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3，要求 ≥ %4</source>
        <translation>%1 ÷ %2 = %3, required ≥ %4</translation>
    </message>
    <message>
        <source>音乐</source>
        <translation>music</translation>
    </message>
    <message>
        <source>美术</source>
        <translation>art</translation>
    </message>
    <message>
        <source>专用教室（每12个班至少1间，面积达标）</source>
        <translation>Special rooms (at least 1 per 12 classes, of sufficient area)</translation>
    </message>
    <message>
        <source>间</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>未计算：缺少 S4 办学条件</source>
        <translation>Not calculated: S4 School facilities missing</translation>
    </message>
    <message>
        <source>%1 个班至少需要 %2 间，现有 %3 间，还差 %4 间</source>
        <translation>%1 classes need at least %2 rooms; there are %3, %4 short</translation>
    </message>
    <message>
        <source>%1 间面积小于 %2 ㎡</source>
        <translation>%1 rooms smaller than %2 ㎡</translation>
    </message>
    <message>
        <source>未计算：填了 %1 间但只填了 %2 间的面积，请在 S4 补全每间的面积</source>
        <translation>Not calculated: %1 rooms entered but the area of only %2; enter the area of every room in S4</translation>
    </message>
    <message>
        <source>%1 个班需 %2 间，现有 %3 间，面积均不小于 %4 ㎡</source>
        <translation>%1 classes need %2 rooms; there are %3, each at least %4 ㎡</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>学校规模</source>
        <translation>School size</translation>
    </message>
    <message>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>S1.students_g1…g9</source>
        <translation>S1.students_g1…g9</translation>
    </message>
    <message>
        <source>未计算：缺少 S1 各年级学生数</source>
        <translation>Not calculated: S1 students per grade missing</translation>
    </message>
    <message>
        <source>义务教育阶段 %1 人，要求不超过 %2 人</source>
        <translation>%1 students in compulsory education, at most %2 allowed</translation>
    </message>
    <message>
        <source>班额</source>
        <translation>Class size</translation>
    </message>
    <message>
        <source>未计算：缺少 S2 班级名册</source>
        <translation>Not calculated: S2 class roster missing</translation>
    </message>
    <message>
        <source>%1年级%2 %3 人（限 %4 人）</source>
        <translation>grade %1 %2: %3 (limit %4)</translation>
    </message>
    <message>
        <source>%1 个班超过班额：%2</source>
        <translation>%1 classes over the limit: %2</translation>
    </message>
    <message>
        <source>未计算：%1 个班未填年级或人数</source>
        <translation>Not calculated: %1 classes without grade or size</translation>
    </message>
    <message>
        <source>%1 个班，最大班额 %2 人</source>
        <translation>%1 classes, largest %2 students</translation>
    </message>
    <message>
        <source>公用经费（生均基准定额，小规模学校按最低人数核定）</source>
        <translation>Public funds (per-student base rate; small schools funded for a minimum number)</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>预算 %1 元，应不少于 %2 元（%3）</source>
        <translation>budget %1 yuan, required at least %2 yuan (%3)</translation>
    </message>
    <message>
        <source>不足 %1 人的乡村小学按 %1 人核定</source>
        <translation>rural primary schools under %1 students are funded for %1</translation>
    </message>
    <message>
        <source>小学 %1 人 × %2 元，初中 %3 人 × %4 元</source>
        <translation>primary %1 × %2 yuan, junior %3 × %4 yuan</translation>
    </message>
    <message>
        <source>；还差 %1 元</source>
        <translation>; %1 yuan short</translation>
    </message>
    <message>
        <source>教师持证上岗率</source>
        <translation>Teachers with a teaching certificate</translation>
    </message>
    <message>
        <source>专任教师数</source>
        <translation>full-time teachers</translation>
    </message>
    <message>
        <source>5年360学时培训完成率</source>
        <translation>Teachers with 360 training hours in 5 years</translation>
    </message>
    <message>
        <source>教师交流轮岗比例</source>
        <translation>Teacher rotation rate</translation>
    </message>
    <message>
        <source>符合交流条件的教师数</source>
        <translation>teachers eligible for rotation</translation>
    </message>
    <message>
        <source>交流轮岗教师中骨干教师比例</source>
        <translation>Share of key teachers among rotated teachers</translation>
    </message>
    <message>
        <source>交流轮岗教师数</source>
        <translation>rotated teachers</translation>
    </message>
    <message>
        <source>就近划片入学比例</source>
        <translation>Zoned nearby enrolment rate</translation>
    </message>
    <message>
        <source>只适用于城区和镇区的公办非寄宿学校</source>
        <translation>Applies only to public non-boarding schools in urban and town areas</translation>
    </message>
    <message>
        <source>新生数</source>
        <translation>new entrants</translation>
    </message>
    <message>
        <source>随迁子女在公办学校和政府购买学位就读比例</source>
        <translation>Share of migrant children in public schools or government-funded places</translation>
    </message>
    <message>
        <source>随迁子女数</source>
        <translation>migrant children</translation>
    </message>
    <message>
        <source>教师培训经费占公用经费预算比例</source>
        <translation>Teacher training spending as a share of the public funds budget</translation>
    </message>
    <message>
        <source>公用经费预算</source>
        <translation>public funds budget</translation>
    </message>
    <message>
        <source>学校章程与管理信息化</source>
        <translation>School charter and digital management</translation>
    </message>
    <message>
        <source>章程：%1；管理与教学信息化：%2</source>
        <translation>charter: %1; digital management and teaching: %2</translation>
    </message>
    <message>
        <source>已制定</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>未制定</source>
        <translation>not in place</translation>
    </message>
    <message>
        <source>已实现</source>
        <translation>done</translation>
    </message>
    <message>
        <source>未实现</source>
        <translation>not done</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>评估指标：达标情况与差距</source>
        <translation>Indicators: what is met and the gaps</translation>
    </message>
    <message>
        <source>本周期要填的表</source>
        <translation>Forms for this cycle</translation>
    </message>
    <message>
        <source>点开一张表就可以填写，填的内容会自动保存。全部检查通过后点“定稿”，联网时会自动发送给上级。</source>
        <translation>Open a form to fill it in; what you enter is saved automatically. When every check passes, tap “Finalise”: it is sent to the next level when the network is available.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>超出范围</source>
        <translation>Out of range</translation>
    </message>
    <message>
        <source>超出常见范围</source>
        <translation>Outside the usual range</translation>
    </message>
    <message>
        <source>格式不对</source>
        <translation>Wrong format</translation>
    </message>
    <message>
        <source>不应填写</source>
        <translation>Should be empty</translation>
    </message>
    <message>
        <source>该年级或性别不测</source>
        <translation>Not tested for this grade or sex</translation>
    </message>
    <message>
        <source>时间格式</source>
        <translation>Time format</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>民族代码</source>
        <translation>Ethnic group code</translation>
    </message>
    <message>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>缺少单元格</source>
        <translation>Missing cell</translation>
    </message>
    <message>
        <source>文件不完整</source>
        <translation>Incomplete file</translation>
    </message>
    <message>
        <source>不是可选的值</source>
        <translation>Not one of the choices</translation>
    </message>
    <message>
        <source>不是允许的值</source>
        <translation>Not an allowed value</translation>
    </message>
    <message>
        <source>小数位数</source>
        <translation>Decimal places</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>列对应：文件里这些列没有认出来。若其中有表里需要的内容，请选出它对应的项；不需要的列选“不导入”。</source>
        <translation>Column matching: these columns in the file were not recognised. If one holds something the form needs, choose what it matches; for columns not needed, choose “Do not import”.</translation>
    </message>
    <message>
        <source>“%1” →</source>
        <translation>“%1” →</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>按这样对应，重新检查</source>
        <translation>Use this matching and check again</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>‹ 返回名单</source>
        <translation>‹ Back to the roster</translation>
    </message>
    <message>
        <source>导入文件到 %1 %2</source>
        <translation>Import a file into %1 %2</translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation>File layout</translation>
    </message>
    <message>
        <source>换一个文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>可以导入 CSV（Excel 另存的 GBK/GB18030 也可以）或 Excel 工作簿（.xlsx）。导入前会逐行检查，列出每一个问题；确认之前不会写入任何数据。同一个文件再导入一次会按学籍号（工号）更新，不会重复。</source>
        <translation>You can import CSV (also GBK/GB18030 saved from Excel) or an Excel workbook (.xlsx). Every row is checked before importing and every problem is listed; nothing is written until you confirm. Importing the same file again updates rows by student number (staff number), without duplicates.</translation>
    </message>
    <message>
        <source>数据 %1 行：&lt;font color=&quot;%2&quot;&gt;可以导入 %3 行&lt;/font&gt;，&lt;font color=&quot;%4&quot;&gt;有错误 %5 行&lt;/font&gt;；必须改正 %6 处，&lt;font color=&quot;%7&quot;&gt;请核对 %8 处&lt;/font&gt;。</source>
        <translation>%1 data rows: &lt;font color=&quot;%2&quot;&gt;%3 rows can be imported&lt;/font&gt;, &lt;font color=&quot;%4&quot;&gt;%5 rows with errors&lt;/font&gt;; %6 items must be fixed, &lt;font color=&quot;%7&quot;&gt;%8 items to check&lt;/font&gt;.</translation>
    </message>
    <message>
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>导入全部 %1 行</source>
        <translation>Import all %1 rows</translation>
    </message>
    <message>
        <source>只导入没有错误的 %1 行</source>
        <translation>Import only the %1 rows without errors</translation>
    </message>
    <message>
        <source>保存问题清单（Excel）…</source>
        <translation>Save the list of problems (Excel)…</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>返回名单</source>
        <translation>Back to the roster</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>名单文件 (*.csv *.txt *.xlsx)</source>
        <translation>Roster files (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>把问题清单保存为 Excel 文件</source>
        <translation>Save the list of problems as an Excel file</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportProblemList</name>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>文件里的值</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>问题和改法</source>
        <translation>Problem and how to fix it</translation>
    </message>
    <message>
        <source>整个文件</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>第 %1 / %2 页，共 %3 处问题</source>
        <translation>Page %1 / %2, %3 problems in all</translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>正在写入 %1 行…（一次写完：要么全部写入，要么一行也不写）</source>
        <translation>Writing %1 rows… (all at once: either every row is written or none)</translation>
    </message>
    <message>
        <source>正在检查第 %1 / %2 行…</source>
        <translation>Checking row %1 / %2…</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>第 %1 行：</source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <source>文件在这一行中途结束（引号没有闭合），这一行不完整，不能导入。文件可能没有复制或下载完整；请用原文件重新导出。</source>
        <translation>The file ends in the middle of this row (a quote is not closed): the row is incomplete and cannot be imported. The file may not have been copied or downloaded completely; please export it again from the original.</translation>
    </message>
    <message>
        <source>这一行只有 %1 列，表头有 %2 列：这一行不完整（文件可能被截断，或少了分隔的逗号），不能导入。</source>
        <translation>This row has only %1 columns but the header has %2: the row is incomplete (the file may be cut off, or a separating comma is missing) and cannot be imported.</translation>
    </message>
    <message>
        <source>“%1”按“%2”读入</source>
        <translation>“%1” read as “%2”</translation>
    </message>
    <message>
        <source>「%1」第 %2 行：%3。</source>
        <translation>“%1” row %2: %3.</translation>
    </message>
    <message>
        <source>「%1」有 %2 个值换了写法读入，例如第 %3 行：%4。</source>
        <translation>“%1”: %2 values were read in another form, e.g. row %3: %4.</translation>
    </message>
    <message>
        <source>「%1」%2 和第 %3 行重复。同一个%1只能有一行：请删去重复的一行，或改正编号。</source>
        <translation>“%1” %2 is the same as in row %3. Each %1 may have only one row: delete the duplicate row or correct the number.</translation>
    </message>
    <message>
        <source>」「</source>
        <translation>”, “</translation>
    </message>
    <message>
        <source>打不开文件“%1”：%2。请确认文件存在、没有被其他程序占用。</source>
        <translation>Cannot open the file “%1”: %2. Please check that the file exists and is not in use by another program.</translation>
    </message>
    <message>
        <source>“%1”是旧版 Excel 97-2003 工作簿（.xls），不能直接导入。请用 Excel 打开它，“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。</source>
        <translation>“%1” is an old Excel 97-2003 workbook (.xls) and cannot be imported directly. Open it in Excel, “Save as” Excel workbook (.xlsx) or CSV, then import that.</translation>
    </message>
    <message>
        <source>表头在第 %1 行，上面的 %2 行（标题）没有导入。</source>
        <translation>The header is in row %1; the %2 rows above it (titles) were not imported.</translation>
    </message>
    <message>
        <source>这些列不属于“%1”，没有导入：%2。</source>
        <translation>These columns are not part of “%1” and were not imported: %2.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>文件里没有这些列，相应的项留空：%1。</source>
        <translation>The file has no such columns; these items are left empty: %1.</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据。</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>IssueSummary</name>
    <message>
        <source>%1 处需要改正</source>
        <translation>%1 to fix</translation>
    </message>
    <message>
        <source>%1 项未填</source>
        <translation>%1 not filled in</translation>
    </message>
    <message>
        <source>%1 条提醒请核对，确认无误的写明原因</source>
        <translation>%1 warnings to check; write a reason for those that are correct</translation>
    </message>
    <message>
        <source>全部检查通过，可以定稿。</source>
        <translation>All checks pass: ready to finalise.</translation>
    </message>
    <message>
        <source>还不能定稿：</source>
        <translation>Cannot finalise yet: </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ItemResult</name>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>未计算</source>
        <translation>Not calculated</translation>
    </message>
    <message>
        <source>待补佐证</source>
        <translation>Evidence needed</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>国家学生体质健康标准数据上报</source>
        <translation>National student fitness standard upload</translation>
    </message>
    <message>
        <source>近视筛查</source>
        <translation>Myopia screening</translation>
    </message>
    <message>
        <source>教师名册</source>
        <translation>Teacher roster</translation>
    </message>
</context>
<context>
    <name>LedgerEntryCard</name>
    <message>
        <source>%1 · 已逾期</source>
        <translation>%1 · overdue</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>现状 %1，标准 %2</source>
        <translation>Current %1, standard %2</translation>
    </message>
    <message>
        <source>责任人：%1&#x3000;完成时限：%2</source>
        <translation>Responsible: %1 · Deadline: %2</translation>
    </message>
    <message>
        <source>还没有指定责任人和完成时限。</source>
        <translation>No responsible person or deadline set yet.</translation>
    </message>
    <message>
        <source>整改措施：%1</source>
        <translation>Rectification measures: %1</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>编辑问题台账</source>
        <translation>Edit issue ledger entry</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>如：王校长、县教育局基建股</source>
        <translation>e.g. Principal Wang, County Education Bureau infrastructure section</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>如：2027-03-31</source>
        <translation>e.g. 2027-03-31</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Rectification status</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>整改措施或备注（可不填）</source>
        <translation>Rectification measures or notes (optional)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>问题台账 · %1</source>
        <translation>Issue ledger · %1</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Issue ledger</translation>
    </message>
    <message>
        <source>选择保存问题台账的文件夹</source>
        <translation>Choose the folder for the issue ledger</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>导出台账（Excel）</source>
        <translation>Export ledger (Excel)</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>All towns</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>已不再未达标</source>
        <translation>Now met</translation>
    </message>
    <message>
        <source>全部期限</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>只看已逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>本机只能查看，责任人和时限由县教育局填写。</source>
        <translation>View only on this device: the responsible person and deadline are filled in by the county education bureau.</translation>
    </message>
    <message>
        <source>没有未达标的项目。</source>
        <translation>No items fall short of the standard.</translation>
    </message>
    <message>
        <source>没有符合筛选条件的项目。</source>
        <translation>No items match the filter.</translation>
    </message>
</context>
<context>
    <name>LedgerRecords</name>
    <message>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已定稿，待发送</source>
        <translation>Finalised, waiting to be sent</translation>
    </message>
    <message>
        <source>已发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已退回修改</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>无法建立数据目录 %1。请检查权限或存储空间。</source>
        <translation>Cannot create the data folder %1. Please check the permissions or storage space.</translation>
    </message>
    <message>
        <source>打不开本机数据库 %1：%2。请检查文件权限或存储空间。</source>
        <translation>Cannot open the device database %1: %2. Please check the file permissions or storage space.</translation>
    </message>
    <message>
        <source>保存设置 %1</source>
        <translation>saving setting %1</translation>
    </message>
    <message>
        <source>新建记录</source>
        <translation>creating a record</translation>
    </message>
    <message>
        <source>找不到记录 %1，可能已被删除。</source>
        <translation>Record %1 cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>这份表在您打开之后被更新了（可能是另一台设备的修改同步到了本机）。为了不覆盖那些修改，这次没有保存。请返回首页重新打开这份表，再填写您的修改。</source>
        <translation>This form was updated after you opened it (perhaps changes from another device were synced here). Your changes were not saved so as not to overwrite those. Go back to the home page, open the form again and enter your changes.</translation>
    </message>
    <message>
        <source>更新待发送队列</source>
        <translation>updating the outbox</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>找不到记录 %1。</source>
        <translation>Record %1 cannot be found.</translation>
    </message>
    <message>
        <source>记录 %1 属于表 %2，不是 %3。</source>
        <translation>Record %1 belongs to form %2, not %3.</translation>
    </message>
    <message>
        <source>（如确认无误，请写明保留的原因）</source>
        <translation> (if it is correct, write why it is kept)</translation>
    </message>
    <message>
        <source>还有 %1 处须改正或写明原因，处理后才能定稿：
%2</source>
        <translation>%1 items must be fixed or explained before finalising:
%2</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>“%1”（%2）不是名单表，不能按行保存。</source>
        <translation>“%1” (%2) is not a roster and cannot be saved row by row.</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>检查名单中重复的行</source>
        <translation>checking the roster for duplicate rows</translation>
    </message>
    <message>
        <source>读取名单</source>
        <translation>reading the roster</translation>
    </message>
    <message>
        <source>整理名单</source>
        <translation>tidying the roster</translation>
    </message>
    <message>
        <source>表单“%1”（%2）的定义没有指明识别一行的字段（key），无法按行导入。请联系县教育局更新表单定义。</source>
        <translation>The definition of form “%1” (%2) does not say which fields identify a row (key), so it cannot be imported row by row. Please ask the county education bureau to update the form definition.</translation>
    </message>
    <message>
        <source>第 %1 行没有填写%2，无法和名单中已有的行对应。请补上后重新保存；这一批 %3 行都没有保存，已有的名单没有改动。</source>
        <translation>Row %1 has no %2, so it cannot be matched to a row of the roster. Fill it in and save again; none of these %3 rows was saved and the roster is unchanged.</translation>
    </message>
    <message>
        <source>保存名单</source>
        <translation>saving the roster</translation>
    </message>
    <message>
        <source>新建名单第 %1 行</source>
        <translation>creating roster row %1</translation>
    </message>
    <message>
        <source>更新名单第 %1 行</source>
        <translation>updating roster row %1</translation>
    </message>
    <message>
        <source>“%1”还有 %2 行有错误、%3 行有提醒没写原因：请用“有错误的行”“有提醒的行”筛选出来，改正错误、为提醒写明原因后再定稿。这次没有定稿任何一行。</source>
        <translation>“%1” still has %2 rows with errors and %3 rows with warnings without a reason: filter them with “Rows with errors” and “Rows with warnings”, fix the errors and explain the warnings, then finalise. No row was finalised.</translation>
    </message>
    <message>
        <source>定稿名单</source>
        <translation>finalising the roster</translation>
    </message>
    <message>
        <source>找不到这一行（%1），可能已经删除了。</source>
        <translation>This row (%1) cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>这一行属于表 %1，不是 %2，没有删除。</source>
        <translation>This row belongs to form %1, not %2; it was not deleted.</translation>
    </message>
    <message>
        <source>删除名单的一行</source>
        <translation>deleting a roster row</translation>
    </message>
    <message>
        <source>统计名单</source>
        <translation>counting the roster</translation>
    </message>
    <message>
        <source>记录发送结果</source>
        <translation>recording the send result</translation>
    </message>
    <message>
        <source>记录发送错误</source>
        <translation>recording the send error</translation>
    </message>
    <message>
        <source>重新排队</source>
        <translation>queuing again</translation>
    </message>
    <message>
        <source>保存同步下来的记录</source>
        <translation>saving synced records</translation>
    </message>
    <message>
        <source>更新同步下来的记录</source>
        <translation>updating synced records</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>均衡 · 优质均衡监测填报</source>
        <translation>Junheng · Balanced education data collection</translation>
    </message>
    <message>
        <source>返回县首页</source>
        <translation>Back to county home</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>升级本机数据库失败（%1）：%2。已有数据未改动；请把此信息告诉技术支持。</source>
        <translation>Upgrading the device database failed (%1): %2. Existing data is unchanged; please pass this message to technical support.</translation>
    </message>
    <message>
        <source>本机数据库是更新版本的程序建立的（版本 %1，本程序认识到 %2）。请升级本程序，不要删除数据库。</source>
        <translation>The device database was made by a newer version of the program (version %1; this program knows up to %2). Please update the program; do not delete the database.</translation>
    </message>
</context>
<context>
    <name>MyopiaScreening</name>
    <message>
        <source>高度</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中度</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>低度</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>出生日期（birth_date）</source>
        <translation>date of birth (birth_date)</translation>
    </message>
    <message>
        <source>筛查日期（screening_date）</source>
        <translation>screening date (screening_date)</translation>
    </message>
    <message>
        <source>缺少 %1，无法确定年龄</source>
        <translation>%1 missing: the age cannot be determined</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>筛查时 %1 岁，不足 6 岁，不计入近视率</source>
        <translation>aged %1 at screening, under 6: not counted in the myopia rate</translation>
    </message>
    <message>
        <source>右眼</source>
        <translation>right eye</translation>
    </message>
    <message>
        <source>左眼</source>
        <translation>left eye</translation>
    </message>
    <message>
        <source>%1裸眼视力</source>
        <translation>%1 uncorrected acuity</translation>
    </message>
    <message>
        <source>%1球镜</source>
        <translation>%1 sphere</translation>
    </message>
    <message>
        <source>佩戴角膜塑形镜，按档案规定计为近视</source>
        <translation>wears orthokeratology lenses: counted as myopic by the profile</translation>
    </message>
    <message>
        <source>缺少 %1，无法判断</source>
        <translation>%1 missing: cannot be classified</translation>
    </message>
    <message>
        <source>近视率较上一周期的变化</source>
        <translation>Change of the myopia rate since the previous cycle</translation>
    </message>
    <message>
        <source>百分点</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>未计算：没有有效筛查记录（无效 %1 条）</source>
        <translation>Not calculated: no valid screening records (%1 invalid)</translation>
    </message>
    <message>
        <source>未计算：缺少上一周期的近视率</source>
        <translation>Not calculated: the previous cycle&apos;s myopia rate is missing</translation>
    </message>
    <message>
        <source>上一周期 S5</source>
        <translation>previous cycle S5</translation>
    </message>
    <message>
        <source>近视率 %1% → %2%，变化 %3 个百分点，目标 ≤ %4</source>
        <translation>myopia rate %1% → %2%, change %3 percentage points, target ≤ %4</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>设置 PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>请输入 PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <source>近视筛查和体质健康测试是学生的健康数据，本机加密保存。请设置一个 6 到 12 位数字的 PIN，以后每次打开本软件时输入。忘记 PIN 将无法读取这些数据，请妥善记住。</source>
        <translation>Myopia screening and fitness test results are student health data and are stored encrypted on this device. Set a PIN of 6 to 12 digits; you will enter it each time you open this app. If you forget the PIN, this data cannot be read, so remember it well.</translation>
    </message>
    <message>
        <source>近视筛查和体质健康测试的数据已加密，输入 PIN 后才能查看和填写。</source>
        <translation>Myopia screening and fitness test data are encrypted. Enter the PIN to view and fill them in.</translation>
    </message>
    <message>
        <source>PIN（6 到 12 位数字）</source>
        <translation>PIN (6 to 12 digits)</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>设置并打开</source>
        <translation>Set and open</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>缺少字段 %1，或它不是文字。</source>
        <translation>Field %1 is missing or is not text.</translation>
    </message>
    <message>
        <source>缺少字段 %1，或它不是数字。</source>
        <translation>Field %1 is missing or is not a number.</translation>
    </message>
    <message>
        <source>payload 必须是 JSON 对象。</source>
        <translation>payload must be a JSON object.</translation>
    </message>
    <message>
        <source>uuid“%1”格式不对（应为小写 8-4-4-4-12）。</source>
        <translation>The uuid “%1” is malformed (lower case 8-4-4-4-12 expected).</translation>
    </message>
    <message>
        <source>revision 须 ≥ 1，base_revision 须 ≥ 0 且小于 revision（现在是 %1 和 %2）。</source>
        <translation>revision must be ≥ 1 and base_revision ≥ 0 and below revision (now %1 and %2).</translation>
    </message>
    <message>
        <source>updated_at 不是 ISO 8601 时间。</source>
        <translation>updated_at is not an ISO 8601 time.</translation>
    </message>
    <message>
        <source>服务器的回复格式不对（push 结果缺少 uuid 或 outcome）。</source>
        <translation>The server&apos;s reply is malformed (a push result lacks uuid or outcome).</translation>
    </message>
    <message>
        <source>服务器的回复格式不对（缺少 changes 或 next_cursor）。</source>
        <translation>The server&apos;s reply is malformed (changes or next_cursor missing).</translation>
    </message>
    <message>
        <source>第 %1 条变更</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>服务器的回复格式不对：%1</source>
        <translation>The server&apos;s reply is malformed: %1</translation>
    </message>
    <message>
        <source>服务器的登记回复格式不对（缺少 token 或 scope）。</source>
        <translation>The server&apos;s enrolment reply is malformed (token or scope missing).</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>必须改正</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>校验通过。
</source>
        <translation>All checks pass.
</translation>
    </message>
    <message>
        <source>校验：%1 处必须改正，%2 处请核对。
</source>
        <translation>Checks: %1 must be fixed, %2 to check.
</translation>
    </message>
    <message>
        <source>本机还没有登记，不知道是哪所学校的 %1。请先运行 junheng-cli enrol --server URL --code 登记码。</source>
        <translation>This device is not enrolled, so it does not know whose %1 this is. First run junheng-cli enrol --server URL --code CODE.</translation>
    </message>
    <message>
        <source>%1 %2 是名单表，每行一条记录：用 junheng-cli list --form %1 查看各行，再用记录编号（uuid）查看或定稿某一行；整张名单定稿用 junheng-cli finalise %1。</source>
        <translation>%1 %2 is a roster with one record per row: list the rows with junheng-cli list --form %1, then show or finalise a row by its record id (uuid); finalise the whole roster with junheng-cli finalise %1.</translation>
    </message>
    <message>
        <source>本校还没有填写 %1。用 junheng-cli fill %1 文件.json 填写。</source>
        <translation>This school has not filled in %1 yet. Fill it in with junheng-cli fill %1 FILE.json.</translation>
    </message>
    <message>
        <source>找不到记录“%1”（既不是记录编号，也不是表单代码）。</source>
        <translation>No record “%1” (neither a record id nor a form code).</translation>
    </message>
    <message>
        <source>本机还没有记录。
</source>
        <translation>No records on this device yet.
</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4  第 %5 版  %6%7
</source>
        <translation>%1  %2 %3  %4  version %5  %6%7
</translation>
    </message>
    <message>
        <source>%1 %2（%3，第 %4 版）
</source>
        <translation>%1 %2 (%3, version %4)
</translation>
    </message>
    <message>
        <source>编号：%1
</source>
        <translation>Id: %1
</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>  %1：%2%3
</source>
        <translation>  %1: %2%3
</translation>
    </message>
    <message>
        <source>同步：%1
</source>
        <translation>Sync: %1
</translation>
    </message>
    <message>
        <source>没有表单“%1”。可用的表单：%2。</source>
        <translation>There is no form “%1”. Forms: %2.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>本机还没有以学校身份登记，不知道为哪所学校填写。请先运行 junheng-cli enrol --server URL --code 登记码。</source>
        <translation>This device is not enrolled as a school, so it does not know which school to fill in for. First run junheng-cli enrol --server URL --code CODE.</translation>
    </message>
    <message>
        <source>读不出文件 %1：%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>最外层应是 { … } 对象</source>
        <translation>the outermost value must be a { … } object</translation>
    </message>
    <message>
        <source>文件 %1 不是有效的 JSON（第 %2 行附近：%3）。没有保存任何内容。</source>
        <translation>The file %1 is not valid JSON (near line %2: %3). Nothing was saved.</translation>
    </message>
    <message>
        <source>文件 %1 中的“%2”不是表 %3 的字段。没有保存任何内容。</source>
        <translation>“%2” in the file %1 is not a field of form %3. Nothing was saved.</translation>
    </message>
    <message>
        <source>已保存 %1 %2（%3），编号 %4。
</source>
        <translation>Saved %1 %2 (%3), id %4.
</translation>
    </message>
    <message>
        <source>有必须改正的问题，所以没有定稿；改正后再运行 junheng-cli finalise %1。
</source>
        <translation>Not finalised: there are problems that must be fixed. Fix them, then run junheng-cli finalise %1.
</translation>
    </message>
    <message>
        <source>%1 %2：%3 行已定稿，等待发送。
</source>
        <translation>%1 %2: %3 rows finalised, waiting to be sent.
</translation>
    </message>
    <message>
        <source>本机没有表单 %1 的定义，无法校验。</source>
        <translation>This device has no definition of form %1 and cannot check it.</translation>
    </message>
    <message>
        <source>%1 %2 已定稿，等待发送（第 %3 版）。
</source>
        <translation>%1 %2 finalised, waiting to be sent (version %3).
</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>资源配置</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>资源配置七项指标（每个学校单元）</source>
        <translation>Seven resource indicators (each school unit)</translation>
    </message>
    <message>
        <source>红色为未达标；“6/7”指七项中至少六项达标且其余项不低于标准的85%。</source>
        <translation>Red: not met. “6/7”: at least six of the seven met and the other not below 85% of the standard.</translation>
    </message>
    <message>
        <source>学校代码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学生数</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>达标项</source>
        <translation>Items met</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>差距</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>差异系数</source>
        <translation>Difference coefficients</translation>
    </message>
    <message>
        <source>校际差异系数（按在校生人数加权）</source>
        <translation>Difference coefficients between schools (weighted by enrolment)</translation>
    </message>
    <message>
        <source>差异系数 = 加权标准差 ÷ 加权平均值；不超过限值为达标。</source>
        <translation>Difference coefficient = weighted standard deviation ÷ weighted mean; met when not above the limit.</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单元数</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>平均值</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>标准差</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <source>限值</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>保障与质量</source>
        <translation>Support and quality</translation>
    </message>
    <message>
        <source>政府保障与教育质量</source>
        <translation>Government support and education quality</translation>
    </message>
    <message>
        <source>能由学校数据算出的项目已计算；“需佐证”表示填“是”但缺少佐证材料。</source>
        <translation>Items that can be worked out from school data are calculated; “Evidence needed” means “Yes” was reported but evidence is missing.</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>体质健康</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>学生体质健康（《国家学生体质健康标准（2014年修订）》）</source>
        <translation>Student fitness (National Student Physical Fitness Standard, 2014 revision)</translation>
    </message>
    <message>
        <source>优良率 = (优秀 + 良好) ÷ 测试人数；合格率 = 及格以上 ÷ 测试人数。</source>
        <translation>Good-or-excellent rate = (excellent + good) ÷ number tested; pass rate = pass or better ÷ number tested.</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>测试人数</source>
        <translation>Tested</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>及格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不及格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>优良率</source>
        <translation>Good-or-excellent rate</translation>
    </message>
    <message>
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>免测</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>未计分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>近视</source>
        <translation>Myopia</translation>
    </message>
    <message>
        <source>儿童青少年近视（WS/T 663—2020）</source>
        <translation>Myopia in children and adolescents (WS/T 663—2020)</translation>
    </message>
    <message>
        <source>近视率 = 近视人数 ÷ 有效筛查人数；变化为与上一周期相比的百分点。</source>
        <translation>Myopia rate = myopic ÷ validly screened; change is in percentage points against the previous cycle.</translation>
    </message>
    <message>
        <source>有效筛查</source>
        <translation>Validly screened</translation>
    </message>
    <message>
        <source>低度</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中度</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>高度</source>
        <translation>High</translation>
    </message>
    <message>
        <source>近视率</source>
        <translation>Myopia rate</translation>
    </message>
    <message>
        <source>上一周期</source>
        <translation>Previous cycle</translation>
    </message>
    <message>
        <source>变化（百分点）</source>
        <translation>Change (percentage points)</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Issue ledger</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>现状</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>差距或问题</source>
        <translation>Gap or problem</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>未参评</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>不参加资源配置指标计算的学校</source>
        <translation>Schools left out of the resource indicators</translation>
    </message>
    <message>
        <source>学校与原因</source>
        <translation>School and reason</translation>
    </message>
    <message>
        <source>各指标差异系数</source>
        <translation>Difference coefficient of each indicator</translation>
    </message>
    <message>
        <source>%1限值 %2</source>
        <translation>%1 limit %2</translation>
    </message>
    <message>
        <source>各校达标指标数（七项中）</source>
        <translation>Indicators met per school (of seven)</translation>
    </message>
    <message>
        <source>各乡镇达到“6/7”的学校单元比例</source>
        <translation>Share of school units meeting “6/7” in each town</translation>
    </message>
    <message>
        <source>达标项数</source>
        <translation>Items met</translation>
    </message>
    <message>
        <source>达标比例</source>
        <translation>Share met</translation>
    </message>
    <message>
        <source>6 项</source>
        <translation>6 items</translation>
    </message>
    <message>
        <source>体质健康优良率与合格率</source>
        <translation>Fitness good-or-excellent and pass rates</translation>
    </message>
    <message>
        <source>优良率目标</source>
        <translation>Good-or-excellent target</translation>
    </message>
    <message>
        <source>合格率目标</source>
        <translation>Pass target</translation>
    </message>
    <message>
        <source>近视率：本周期与上一周期</source>
        <translation>Myopia rate: this cycle and the previous cycle</translation>
    </message>
    <message>
        <source>本周期</source>
        <translation>This cycle</translation>
    </message>
    <message>
        <source>未计算</source>
        <translation>Not calculated</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>评估标准</source>
        <translation>Assessment standard</translation>
    </message>
    <message>
        <source>学校数</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>资源配置达到“6/7”的学校单元</source>
        <translation>School units meeting “6/7” for resources</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1差异系数达标</source>
        <translation>%1: difference coefficients met</translation>
    </message>
    <message>
        <source>%1 / %2 项</source>
        <translation>%1 / %2 items</translation>
    </message>
    <message>
        <source>体质健康优良率 / 合格率</source>
        <translation>Fitness good-or-excellent rate / pass rate</translation>
    </message>
    <message>
        <source>近视率（上一周期）</source>
        <translation>Myopia rate (previous cycle)</translation>
    </message>
    <message>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1%2义务教育优质均衡发展监测报告</source>
        <translation>%1 %2 monitoring report: high-quality balanced compulsory education</translation>
    </message>
    <message>
        <source>%1义务教育优质均衡发展监测报告</source>
        <translation>%1 monitoring report: high-quality balanced compulsory education</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>生成时间：%1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>写文件“%1”失败：%2。请确认文件夹存在、磁盘有空间、文件没有被打开。</source>
        <translation>Could not write the file “%1”: %2. Please check that the folder exists, the disk has space and the file is not open.</translation>
    </message>
    <message>
        <source>生成 PDF 需要图形环境（QGuiApplication），本程序没有启动它。</source>
        <translation>Making a PDF needs a graphical environment (QGuiApplication), which this program did not start.</translation>
    </message>
    <message>
        <source>文件夹“%1”不存在</source>
        <translation>The folder “%1” does not exist</translation>
    </message>
    <message>
        <source>不能创建 PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <source>PDF 没有写完</source>
        <translation>The PDF was not fully written</translation>
    </message>
    <message>
        <source>不能替换原有文件</source>
        <translation>Cannot replace the existing file</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>本周期没有算出此项</source>
        <translation>Not calculated in this cycle</translation>
    </message>
    <message>
        <source>本周期已达标，不再是问题</source>
        <translation>Met in this cycle; no longer an issue</translation>
    </message>
    <message>
        <source>每个未达标项目一行：现状、标准、差距，以及整改责任人、完成时限和整改状态；已不再未达标的登记项目列在最后。</source>
        <translation>One row per item not met: current state, standard and gap, with the person responsible for rectification, the deadline and the rectification status. Recorded items that are now met are listed last.</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Rectification status</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Rectification measures</translation>
    </message>
    <message>
        <source>已达标（%1）</source>
        <translation>Now met (%1)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>本机还没有登记，不知道是哪所学校的报告。请先运行 junheng-cli enrol --server URL --code 登记码。</source>
        <translation>This device is not enrolled, so it does not know which school the report is for. First run junheng-cli enrol --server URL --code CODE.</translation>
    </message>
    <message>
        <source> 可用的档案：%1。</source>
        <translation> Profiles: %1.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 评估报告
</source>
        <translation>%1 %2 assessment report
</translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
</context>
<context>
    <name>ResourceIndicators</name>
    <message>
        <source>每百名学生拥有高于规定学历教师数（专科及以上）</source>
        <translation>Teachers above the required degree per 100 students (college or higher)</translation>
    </message>
    <message>
        <source>每百名学生拥有高于规定学历教师数（本科及以上）</source>
        <translation>Teachers above the required degree per 100 students (bachelor or higher)</translation>
    </message>
    <message>
        <source>每百名学生拥有县级以上骨干教师数</source>
        <translation>County-level or higher key teachers per 100 students</translation>
    </message>
    <message>
        <source>每百名学生拥有体育、艺术（美术、音乐）专任教师数</source>
        <translation>PE and arts (art, music) teachers per 100 students</translation>
    </message>
    <message>
        <source>生均教学及辅助用房面积</source>
        <translation>Teaching and support rooms area per student</translation>
    </message>
    <message>
        <source>生均体育运动场馆面积</source>
        <translation>Sports grounds and halls area per student</translation>
    </message>
    <message>
        <source>生均教学仪器设备值</source>
        <translation>Teaching equipment value per student</translation>
    </message>
    <message>
        <source>每百名学生拥有网络多媒体教室数</source>
        <translation>Networked multimedia classrooms per 100 students</translation>
    </message>
    <message>
        <source>增加 %1 名%2学历的专任教师</source>
        <translation>add %1 full-time teachers with a %2 degree</translation>
    </message>
    <message>
        <source>专科及以上</source>
        <translation>college or higher</translation>
    </message>
    <message>
        <source>本科及以上</source>
        <translation>bachelor or higher</translation>
    </message>
    <message>
        <source>增加 %1 名县级以上骨干教师</source>
        <translation>add %1 county-level or higher key teachers</translation>
    </message>
    <message>
        <source>增加 %1 名体育、音乐或美术专任教师</source>
        <translation>add %1 full-time PE, music or art teachers</translation>
    </message>
    <message>
        <source>增加 %1 ㎡ 教学及辅助用房</source>
        <translation>add %1 ㎡ of teaching and support rooms</translation>
    </message>
    <message>
        <source>增加 %1 ㎡ 体育运动场馆</source>
        <translation>add %1 ㎡ of sports grounds and halls</translation>
    </message>
    <message>
        <source>增加 ¥%1 教学仪器设备</source>
        <translation>add ¥%1 of teaching equipment</translation>
    </message>
    <message>
        <source>增加 %1 间网络多媒体教室</source>
        <translation>add %1 networked multimedia classrooms</translation>
    </message>
    <message>
        <source>人/百生</source>
        <translation>per 100 students</translation>
    </message>
    <message>
        <source>㎡/生</source>
        <translation>㎡/student</translation>
    </message>
    <message>
        <source>元/生</source>
        <translation>yuan/student</translation>
    </message>
    <message>
        <source>间/百生</source>
        <translation>rooms per 100 students</translation>
    </message>
    <message>
        <source>未计算：缺少 %1（%2学生数）</source>
        <translation>Not calculated: %1 missing (%2 students)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>未计算：%1学段学生数为 0，无法按学生计算</source>
        <translation>Not calculated: the %1 stage has 0 students, nothing to divide by</translation>
    </message>
    <message>
        <source>未计算：缺少 %1</source>
        <translation>Not calculated: %1 missing</translation>
    </message>
    <message>
        <source>%1 ÷ %2 名学生%3 = %4，要求 ≥ %5</source>
        <translation>%1 ÷ %2 students%3 = %4, required ≥ %5</translation>
    </message>
    <message>
        <source>；差距：</source>
        <translation>; gap: </translation>
    </message>
    <message>
        <source>资源配置7项指标（至少%1项达标，余项不低于%2%）</source>
        <translation>7 resource indicators (at least %1 met, the others not below %2%)</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>%1 项达标，%2 项未达标</source>
        <translation>%1 met, %2 not met</translation>
    </message>
    <message>
        <source>，其中 %1 项低于要求的 %2%</source>
        <translation>, %1 of them below %2% of the requirement</translation>
    </message>
    <message>
        <source>未计算：%1 缺少数据（%2）</source>
        <translation>Not calculated: %1 lack data (%2)</translation>
    </message>
    <message>
        <source>7 项全部达标</source>
        <translation>All 7 met</translation>
    </message>
    <message>
        <source>%1 项达标，1 项未达标但不低于要求的 %2%</source>
        <translation>%1 met, 1 not met but not below %2% of the requirement</translation>
    </message>
</context>
<context>
    <name>ResourceUnit</name>
    <message>
        <source>S3.stage（%1 名教师未填任教学段）</source>
        <translation>S3.stage (%1 teachers without a teaching stage)</translation>
    </message>
    <message>
        <source>缺少 S1 学校基本情况，无法确定学校类型和学生数</source>
        <translation>S1 School profile missing: the school type and student numbers are unknown</translation>
    </message>
    <message>
        <source>特殊教育学校不参加资源配置指标评估</source>
        <translation>Special education schools are not assessed on resource indicators</translation>
    </message>
    <message>
        <source>S1 未填学校类型（school_type）</source>
        <translation>S1 has no school type (school_type)</translation>
    </message>
    <message>
        <source>不足50名学生的教学点不参加资源配置指标评估（%1 名学生）</source>
        <translation>Teaching points with fewer than 50 students are not assessed on resource indicators (%1 students)</translation>
    </message>
    <message>
        <source>按 S4 填写的小学部占用比例 %1%</source>
        <translation>by the primary section&apos;s share entered in S4, %1%</translation>
    </message>
    <message>
        <source>S4 未填小学部占用比例，按学生数（小学 %1 人，初中 %2 人）</source>
        <translation>S4 has no primary share; split by students (primary %1, junior %2)</translation>
    </message>
    <message>
        <source>S4 未填小学部占用比例，学生数也不全，无法分摊</source>
        <translation>S4 has no primary share and the student numbers are incomplete: cannot split</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>草稿（未发布）</source>
        <translation>Draft (not published)</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1  %2  %3 至 %4  %5  阈值档案 %6</source>
        <translation>%1  %2  %3 to %4  %5  threshold profile %6</translation>
    </message>
    <message>
        <source>意见“%1”的格式不对，应为 字段=意见 或 记录UUID/字段=意见。</source>
        <translation>The comment “%1” is in the wrong format; it should be field=comment or recordUUID/field=comment.</translation>
    </message>
    <message>
        <source>还没有评估周期。
</source>
        <translation>There are no assessment cycles yet.
</translation>
    </message>
    <message>
        <source>用法：junheng-cli cycle list | cycle open 编号 --name 名称 --opens YYYY-MM-DD --closes YYYY-MM-DD [--profile 档案] [--draft] | cycle publish 编号 | cycle close 编号
</source>
        <translation>Usage: junheng-cli cycle list | cycle open ID --name NAME --opens YYYY-MM-DD --closes YYYY-MM-DD [--profile PROFILE] [--draft] | cycle publish ID | cycle close ID
</translation>
    </message>
    <message>
        <source>用法：junheng-cli cycle open 编号 --name 名称 --opens YYYY-MM-DD --closes YYYY-MM-DD [--profile 档案] [--draft]
</source>
        <translation>Usage: junheng-cli cycle open ID --name NAME --opens YYYY-MM-DD --closes YYYY-MM-DD [--profile PROFILE] [--draft]
</translation>
    </message>
    <message>
        <source>已建立周期（未发布）：</source>
        <translation>Cycle created (not published): </translation>
    </message>
    <message>
        <source>已结束周期：</source>
        <translation>Cycle closed: </translation>
    </message>
    <message>
        <source>已发布周期：</source>
        <translation>Cycle published: </translation>
    </message>
    <message>
        <source>本机还没有登记。请先运行 junheng-cli enrol。</source>
        <translation>This device is not enrolled. First run junheng-cli enrol.</translation>
    </message>
    <message>
        <source>用法：junheng-cli review show [学校代码] 表单
</source>
        <translation>Usage: junheng-cli review show [SCHOOL_CODE] FORM
</translation>
    </message>
    <message>
        <source>%1 %2：%3%4
</source>
        <translation>%1 %2: %3%4
</translation>
    </message>
    <message>
        <source>（逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>  意见 %1%2：%3
</source>
        <translation>  Comment %1%2: %3
</translation>
    </message>
    <message>
        <source>用法：junheng-cli review approve|return 学校代码 表单 --reviewer 姓名 [--comment 字段=意见 | --comment 记录UUID/字段=意见 …]
       junheng-cli review show [学校代码] 表单
</source>
        <translation>Usage: junheng-cli review approve|return SCHOOL_CODE FORM --reviewer NAME [--comment field=comment | --comment recordUUID/field=comment …]
       junheng-cli review show [SCHOOL_CODE] FORM
</translation>
    </message>
    <message>
        <source>请用 --reviewer 写上审核人的姓名（记入审核记录）。
</source>
        <translation>Use --reviewer to give the reviewer&apos;s name (it goes into the review record).
</translation>
    </message>
    <message>
        <source>已审核通过：%1 %2
</source>
        <translation>Approved: %1 %2
</translation>
    </message>
    <message>
        <source>已退回：%1 %2（%3 条意见）
</source>
        <translation>Returned: %1 %2 (%3 comments)
</translation>
    </message>
    <message>
        <source>完成情况（%1%2）：
</source>
        <translation>Progress (%1%2):
</translation>
    </message>
    <message>
        <source>，截止 %1</source>
        <translation>, closes %1</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>填报中</source>
        <translation>Being filled in</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <source>意见：%1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>添加意见</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>写明哪里不对、要学校怎么改，例如：室外运动场面积比上年多了一倍，请核实。</source>
        <translation>Say what is wrong and how the school should change it, e.g.: The outdoor sports ground is twice as large as last year, please check.</translation>
    </message>
    <message>
        <source>审核意见（最多 500 字）</source>
        <translation>Review comment (at most 500 characters)</translation>
    </message>
</context>
<context>
    <name>ReviewCommentNote</name>
    <message>
        <source>退回意见</source>
        <translation>Reviewer’s comments</translation>
    </message>
</context>
<context>
    <name>ReviewContent</name>
    <message>
        <source>（未填）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（没有编号的行）</source>
        <translation>(row without a number)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>这份表不直接算出本校的指标。</source>
        <translation>This form does not by itself give any of the school’s indicators.</translation>
    </message>
    <message>
        <source>资源配置 · %1部</source>
        <translation>Resources · %1 section</translation>
    </message>
    <message>
        <source>。要达标，最少需要：%1</source>
        <translation>. To meet the standard, at least: %1</translation>
    </message>
    <message>
        <source>%1部 %2（7 项中 %3 项达到）</source>
        <translation>%1 section: %2 (%3 of 7 met)</translation>
    </message>
    <message>
        <source>资源配置</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>不参加资源配置评估</source>
        <translation>Not assessed on resources</translation>
    </message>
    <message>
        <source>政府保障与教育质量</source>
        <translation>Government support and education quality</translation>
    </message>
    <message>
        <source>体质健康</source>
        <translation>Physical fitness</translation>
    </message>
    <message>
        <source>测试 %1 人，优良 %2 人，及格 %3 人，不及格 %4 人</source>
        <translation>%1 tested: %2 good or excellent, %3 passed, %4 failed</translation>
    </message>
    <message>
        <source>近视率</source>
        <translation>Myopia rate</translation>
    </message>
    <message>
        <source>有效筛查 %1 人，近视 %2 人，近视率 %3%（低度 %4，中度 %5，高度 %6；无效记录 %7 条）</source>
        <translation>%1 validly screened, %2 myopic, myopia rate %3% (low %4, moderate %5, high %6; %7 invalid records)</translation>
    </message>
    <message>
        <source>未计算：没有有效的筛查记录（无效 %1 条）</source>
        <translation>Not calculated: no valid screening records (%1 invalid)</translation>
    </message>
    <message>
        <source>近视</source>
        <translation>Myopia</translation>
    </message>
    <message>
        <source>近视率 %1%</source>
        <translation>Myopia rate %1%</translation>
    </message>
    <message>
        <source>数据还不够，算不出指标（见下面各项缺什么）。</source>
        <translation>Not enough data to calculate the indicators (see below what each item is missing).</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>填报中</source>
        <translation>Being filled in</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>镇街</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>县</source>
        <translation>County</translation>
    </message>
</context>
<context>
    <name>ReviewFieldList</name>
    <message>
        <source>＋ 意见</source>
        <translation>+ Comment</translation>
    </message>
    <message>
        <source>学校说明：%1</source>
        <translation>School’s reason: %1</translation>
    </message>
    <message>
        <source>您的意见</source>
        <translation>Your comment</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>审核：%1 %2 · %3 %4</source>
        <translation>Review: %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1·逾期</source>
        <translation>%1 · late</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>您的姓名</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>正在提交，请稍候……</source>
        <translation>Submitting, please wait…</translation>
    </message>
    <message>
        <source>退回（%1 条意见）</source>
        <translation>Return (%1 comments)</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>整张表</source>
        <translation>Whole form</translation>
    </message>
</context>
<context>
    <name>ReviewRowDialog</name>
    <message>
        <source>＋ 对整行的意见</source>
        <translation>+ Comment on the whole row</translation>
    </message>
    <message>
        <source>%1 · 整行</source>
        <translation>%1 · whole row</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReviewRowList</name>
    <message>
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>有提醒的行</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>%1 条意见</source>
        <translation>%1 comments</translation>
    </message>
    <message>
        <source>＋ 意见</source>
        <translation>+ Comment</translation>
    </message>
    <message>
        <source>学校说明：%1</source>
        <translation>School’s reason: %1</translation>
    </message>
</context>
<context>
    <name>ReviewSidePanel</name>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>待发送的意见（%1）</source>
        <translation>Comments to send (%1)</translation>
    </message>
    <message>
        <source>点左边的数据项或某一行，写下要学校修改的地方。</source>
        <translation>Tap a field or a row on the left and write what the school should change.</translation>
    </message>
    <message>
        <source>＋ 对整张表的意见</source>
        <translation>+ Comment on the whole form</translation>
    </message>
    <message>
        <source>数据检查</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>学校说明：%1</source>
        <translation>School’s reason: %1</translation>
    </message>
    <message>
        <source>本校指标</source>
        <translation>School indicators</translation>
    </message>
    <message>
        <source>审核记录</source>
        <translation>Review history</translation>
    </message>
    <message>
        <source>还没有记录。</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>%1&#x3000;%2（%3）%4%5</source>
        <translation>%1 · %2 (%3): %4%5</translation>
    </message>
    <message>
        <source>·逾期</source>
        <translation> · late</translation>
    </message>
</context>
<context>
    <name>RosterCell</name>
    <message>
        <source>意</source>
        <translation>C</translation>
    </message>
</context>
<context>
    <name>RosterFilterBar</name>
    <message>
        <source>全部%1</source>
        <translation>All %1</translation>
    </message>
    <message>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>男女</source>
        <translation>Both sexes</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>有提醒的行</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <source>搜索姓名或编号</source>
        <translation>Search name or number</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>名单还是空的：点“添加一行”逐行填写，或从 Excel 导入。</source>
        <translation>The roster is empty: tap “Add a row” to fill it in row by row, or import it from Excel.</translation>
    </message>
    <message>
        <source>没有符合筛选条件的行。</source>
        <translation>No rows match the filter.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>‹ 返回</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>每一格改完即保存</source>
        <translation>Each cell is saved as soon as it is changed</translation>
    </message>
    <message>
        <source>定稿全部</source>
        <translation>Finalise all</translation>
    </message>
    <message>
        <source>＋ 添加一行</source>
        <translation>+ Add a row</translation>
    </message>
    <message>
        <source>共 %1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>&#x3000;&lt;font color=&quot;%1&quot;&gt;%2 行有错误&lt;/font&gt;</source>
        <translation> · &lt;font color=&quot;%1&quot;&gt;%2 rows with errors&lt;/font&gt;</translation>
    </message>
    <message>
        <source>&#x3000;&lt;font color=&quot;%1&quot;&gt;%2 行有提醒&lt;/font&gt;</source>
        <translation> · &lt;font color=&quot;%1&quot;&gt;%2 rows with warnings&lt;/font&gt;</translation>
    </message>
    <message>
        <source>&#x3000;筛选后显示 %1 行</source>
        <translation> · %1 shown by the filter</translation>
    </message>
    <message>
        <source>键盘录入：直接打字或按 Enter 修改当前格，Tab / Enter 保存并移到下一格，Esc 放弃；点行号打开整行编辑。</source>
        <translation>Keyboard: type or press Enter to change the current cell, Tab / Enter saves and moves on, Esc cancels; tap a row number to edit the whole row.</translation>
    </message>
    <message>
        <source>导入文件…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>&#x3000;&lt;font color=&quot;%1&quot;&gt;名单整体 %2 处不符&lt;/font&gt;</source>
        <translation> · &lt;font color=&quot;%1&quot;&gt;%2 problems with the roster as a whole&lt;/font&gt;</translation>
    </message>
    <message>
        <source>显示全部行</source>
        <translation>Show all rows</translation>
    </message>
    <message>
        <source>有退回意见的行（%1）</source>
        <translation>Rows with comments (%1)</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>%1 行有意见，已用“意”标出。</source>
        <translation>%1 rows have comments, marked “C”.</translation>
    </message>
</context>
<context>
    <name>RowEditorDialog</name>
    <message>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>编辑%1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>删除这一行</source>
        <translation>Delete this row</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SchoolData</name>
    <message>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
</context>
<context>
    <name>SchoolHeader</name>
    <message>
        <source>本机尚未注册</source>
        <translation>This device is not enrolled</translation>
    </message>
    <message>
        <source>%1 · %2&#x3000;学校代码 %3</source>
        <translation>%1 · %2 · school code %3</translation>
    </message>
    <message>
        <source>评估周期：%1</source>
        <translation>Assessment cycle: %1</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>本机数据库操作失败（%1）：%2。刚才的修改没有保存，之前保存的数据不受影响；请确认设备存储空间充足后重试。</source>
        <translation>The device database failed (%1): %2. The last change was not saved; data saved before is not affected. Please make sure the device has enough storage and try again.</translation>
    </message>
    <message>
        <source>开始事务</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>committing</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>均衡无法启动</source>
        <translation>Junheng cannot start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>待发送 %1 条</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <source>%1 条被服务器退回，需要处理</source>
        <translation>%1 returned by the server, to be handled</translation>
    </message>
    <message>
        <source>本机尚未注册，不能同步</source>
        <translation>Not enrolled: cannot sync</translation>
    </message>
    <message>
        <source>上次成功同步：%1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>同步失败（%1）：%2</source>
        <translation>Sync failed (%1): %2</translation>
    </message>
    <message>
        <source>%1 条有冲突，需要选择</source>
        <translation>%1 with conflicts, choose which to keep</translation>
    </message>
    <message>
        <source>同步详情</source>
        <translation>Sync details</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source> (命令行)</source>
        <translation> (command line)</translation>
    </message>
    <message>
        <source>，评估周期：%1。
</source>
        <translation>, assessment cycle: %1.
</translation>
    </message>
    <message>
        <source>单位：%1（%2），%3 %4
服务器：%5
评估周期：%6
</source>
        <translation>Unit: %1 (%2), %3 %4
Server: %5
Assessment cycle: %6
</translation>
    </message>
    <message>
        <source>本机还没有登记。请运行 junheng-cli enrol --server URL --code 登记码。
</source>
        <translation>This device is not enrolled. Run junheng-cli enrol --server URL --code CODE.
</translation>
    </message>
    <message>
        <source>待发送：%1 条；待处理（未被接受）：%2 条
上次成功同步：%3
</source>
        <translation>Waiting to be sent: %1; to handle (not accepted): %2
Last successful sync: %3
</translation>
    </message>
    <message>
        <source>最近的错误（%1）：%2
</source>
        <translation>Last error (%1): %2
</translation>
    </message>
    <message>
        <source>本机数据库：%1
</source>
        <translation>Device database: %1
</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>本机尚未登记，不能同步。请先用登记码登记。</source>
        <translation>This device is not enrolled yet and cannot sync. Enrol with an enrolment code first.</translation>
    </message>
    <message>
        <source>上次成功同步：%1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>还没有成功同步过</source>
        <translation>Never synced successfully yet</translation>
    </message>
    <message>
        <source>待发送 %1 条，正在发送 %2 条，发送失败 %3 条，被退回 %4 条，有冲突 %5 条</source>
        <translation>Waiting %1, sending %2, failed %3, returned %4, conflicts %5</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>最近一次同步失败（%1）：%2</source>
        <translation>Last sync failed (%1): %2</translation>
    </message>
    <message>
        <source>有冲突，需要选择</source>
        <translation>Conflicts: choose which to keep</translation>
    </message>
    <message>
        <source>逐项选择</source>
        <translation>Choose item by item</translation>
    </message>
    <message>
        <source>被服务器退回</source>
        <translation>Returned by the server</translation>
    </message>
    <message>
        <source>修改后重新发送</source>
        <translation>Change it and send it again</translation>
    </message>
    <message>
        <source>发送失败，会自动重试</source>
        <translation>Sending failed; will retry automatically</translation>
    </message>
    <message>
        <source>等待发送</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>没有等待发送的记录。</source>
        <translation>No records waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>SyncRecordList</name>
    <message>
        <source>%1（%2 条）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>读不出这个文件的文字：它既不是 UTF-8 也不是 GB18030（GBK）编码。请在 Excel 里“另存为”CSV UTF-8 或 Excel 工作簿（.xlsx）后再导入。</source>
        <translation>The text of this file cannot be read: it is neither UTF-8 nor GB18030 (GBK). In Excel, “Save as” CSV UTF-8 or Excel workbook (.xlsx), then import that.</translation>
    </message>
</context>
<context>
    <name>ThresholdProfile</name>
    <message>
        <source>找不到阈值档案“%1”（%2）。请检查档案名称或档案目录。</source>
        <translation>Threshold profile “%1” not found (%2). Please check the profile name or folder.</translation>
    </message>
    <message>
        <source>阈值档案 %1 不是有效的 JSON：%2。</source>
        <translation>Threshold profile %1 is not valid JSON: %2.</translation>
    </message>
    <message>
        <source>阈值档案“%1”的上级档案链中出现循环（%2）。请改正档案的 parent。</source>
        <translation>The parent chain of threshold profile “%1” has a loop (%2). Please correct the profile&apos;s parent.</translation>
    </message>
    <message>
        <source>阈值档案“%1”中的“%2”应写成 {&quot;value&quot;: 数值, &quot;source&quot;: &quot;出处&quot;}，每个数值都要有出处。</source>
        <translation>“%2” in threshold profile “%1” must be written {&quot;value&quot;: number, &quot;source&quot;: &quot;where it comes from&quot;}: every value needs its source.</translation>
    </message>
    <message>
        <source>阈值档案“%1”及其上级档案都没有给出“%2”的数值。请在档案中补上。</source>
        <translation>Neither threshold profile “%1” nor its parents give a value for “%2”. Please add it to the profile.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>今天 %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>昨天 %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>%1月%2日 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>%1年%2月%3日 %4</source>
        <translation>%1-%2-%3 %4</translation>
    </message>
</context>
<context>
    <name>TownHomePage</name>
    <message>
        <source>评估指标：各校达标情况与差异系数</source>
        <translation>Indicators: what each school meets and the difference coefficients</translation>
    </message>
    <message>
        <source>待审核（%1）</source>
        <translation>To review (%1)</translation>
    </message>
    <message>
        <source>没有等待审核的表。</source>
        <translation>No forms waiting for review.</translation>
    </message>
    <message>
        <source>逾期提交 %1</source>
        <translation>Submitted late %1</translation>
    </message>
    <message>
        <source>提交于 %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>各校完成情况</source>
        <translation>Progress of each school</translation>
    </message>
    <message>
        <source>·逾期</source>
        <translation> · late</translation>
    </message>
    <message>
        <source>审核 ›</source>
        <translation>Review ›</translation>
    </message>
    <message>
        <source>显示全部待审核（%1）</source>
        <translation>Show all waiting for review (%1)</translation>
    </message>
</context>
<context>
    <name>UploadExport</name>
    <message>
        <source>文件夹“%1”不存在，请换一个文件夹。</source>
        <translation>The folder “%1” does not exist. Please choose another folder.</translation>
    </message>
    <message>
        <source>这台设备上没有体质健康测试表（S6），不能导出上报文件。请联系县教育局的技术人员。</source>
        <translation>This device has no physical fitness test form (S6), so the upload file cannot be exported. Please contact the county education bureau's technical staff.</translation>
    </message>
    <message>
        <source>本周期还没有任何学校的体质健康测试数据（表 S6），没有写文件。请等学校填报后先同步，再导出。</source>
        <translation>No school has fitness test data (form S6) for this cycle yet, so no file was written. Wait until schools have filled it in, sync, then export.</translation>
    </message>
    <message>
        <source>已保存体测上报文件：%1（%2 所学校，%3 名学生）。</source>
        <translation>Fitness upload file saved: %1 (%2 schools, %3 students).</translation>
    </message>
</context>
<context>
    <name>UploadFile</name>
    <message>
        <source>格式“%1”是表 %2 的，不能用来写表 %3。</source>
        <translation>Layout “%1” is for form %2 and cannot be used to write form %3.</translation>
    </message>
    <message>
        <source>国家学生体质健康标准上报</source>
        <translation>National Student Physical Fitness Standard upload</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1至%2共 %3 项</source>
        <translation>%1 to %2 (%3 items)</translation>
    </message>
    <message>
        <source>%1、%2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>允许范围 %1 – %2</source>
        <translation>allowed %1 – %2</translation>
    </message>
    <message>
        <source>不能小于 %1</source>
        <translation>must not be below %1</translation>
    </message>
    <message>
        <source>不能大于 %1</source>
        <translation>must not be above %1</translation>
    </message>
    <message>
        <source>%1填写的是 %2，%3。请核对后改正。</source>
        <translation>%1 is %2; %3. Please check and correct it.</translation>
    </message>
    <message>
        <source>%1填写的是 %2，低于通常的 %3。请再核对一次；确认无误请写明原因后保留。</source>
        <translation>%1 is %2, below the usual %3. Please check it again; if it is correct, write a reason to keep it.</translation>
    </message>
    <message>
        <source>%1填写的是 %2，高于通常的 %3。请再核对一次；确认无误请写明原因后保留。</source>
        <translation>%1 is %2, above the usual %3. Please check it again; if it is correct, write a reason to keep it.</translation>
    </message>
    <message>
        <source>%1写成了“%2”。请写成 分′秒″，例如 3′45″（不要用冒号，Excel 会把它当成时刻）。</source>
        <translation>%1 is written “%2”. Write minutes′seconds″, e.g. 3′45″ (no colon: Excel reads it as a time of day).</translation>
    </message>
    <message>
        <source>%1的“%2”秒数超过了 59。请写成 分′秒″，例如 3′45″。</source>
        <translation>The seconds of “%2” in %1 are over 59. Write minutes′seconds″, e.g. 3′45″.</translation>
    </message>
    <message>
        <source>%1应写成 分′秒″，例如 3′45″，“%2”读不出来。</source>
        <translation>%1 must be written minutes′seconds″, e.g. 3′45″; “%2” cannot be read.</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>%1应填写%2，“%3”不是%2。</source>
        <translation>%1 must be %2; “%3” is not %2.</translation>
    </message>
    <message>
        <source>%1应是整秒数，现在是 %2 秒。</source>
        <translation>%1 must be whole seconds; it is %2 seconds.</translation>
    </message>
    <message>
        <source>%1应填写整数，现在是 %2。</source>
        <translation>%1 must be a whole number; it is %2.</translation>
    </message>
    <message>
        <source>%1最多保留 %2 位小数，现在是 %3。</source>
        <translation>%1 may have at most %2 decimals; it is %3.</translation>
    </message>
    <message>
        <source>%1填写的是 %2，只能是 %3。请核对后改正。</source>
        <translation>%1 is %2; it can only be %3. Please check and correct it.</translation>
    </message>
    <message>
        <source>%1应填写用逗号或顿号分开的数字（例如 96、102.5），“%2”读不出来。</source>
        <translation>%1 must be numbers separated by commas (e.g. 96, 102.5); “%2” cannot be read.</translation>
    </message>
    <message>
        <source>第 %1 个：%2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <source>%1的“%2”不是可选项。可选（可多选）：%3。</source>
        <translation>“%2” is not a choice of %1. Choices (several allowed): %3.</translation>
    </message>
    <message>
        <source>%1的“%2”选了两次。每项只选一次。</source>
        <translation>“%2” is chosen twice in %1. Choose each only once.</translation>
    </message>
    <message>
        <source>合计</source>
        <translation> in total</translation>
    </message>
    <message>
        <source>不能大于</source>
        <translation>must not be above</translation>
    </message>
    <message>
        <source>通常不大于</source>
        <translation>is usually not above</translation>
    </message>
    <message>
        <source>%1（%2）%3%4（%5）。请核对这几项。</source>
        <translation>%1 (%2) %3 %4 (%5). Please check these items.</translation>
    </message>
    <message>
        <source>%1（%2）应在%3（%4）之前或同一天。请核对这两个日期。</source>
        <translation>%1 (%2) must be on or before %3 (%4). Please check these two dates.</translation>
    </message>
    <message>
        <source>「%1」是 %2 %3，但「%4」填了 %5 个数。请每%3填一个。</source>
        <translation>“%1” is %2 %3, but “%4” has %5 values. Enter one for each.</translation>
    </message>
    <message>
        <source>个</source>
        <translation>items</translation>
    </message>
    <message>
        <source>按前面填写的内容，此项不需要填写</source>
        <translation>by the answers above, this item does not need to be filled in</translation>
    </message>
    <message>
        <source>%1填了 %2，但%3。请清空此项，或核对前面的内容。</source>
        <translation>%1 is %2, but %3. Please clear it, or check the answers above.</translation>
    </message>
    <message>
        <source>%1必须填写。</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <source>%1只能填“是”或“否”，现在是“%2”。</source>
        <translation>%1 can only be “Yes” or “No”; it is “%2”.</translation>
    </message>
    <message>
        <source>%1的“%2”不是可选项。可选：%3。</source>
        <translation>“%2” is not a choice of %1. Choices: %3.</translation>
    </message>
    <message>
        <source>%1应为日期，例如 2025-09-01，现在是“%2”。</source>
        <translation>%1 must be a date, e.g. 2025-09-01; it is “%2”.</translation>
    </message>
    <message>
        <source>%1应填写文字，现在是“%2”。</source>
        <translation>%1 must be text; it is “%2”.</translation>
    </message>
    <message>
        <source>%1的格式不对（%2），现在是“%3”。</source>
        <translation>%1 is not in the right form (%2); it is “%3”.</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>3′45″（3 分 45 秒）</source>
        <translation>3′45″ (3 minutes 45 seconds)</translation>
    </message>
    <message>
        <source>“%1”按“%2”读入</source>
        <translation>“%1” read as “%2”</translation>
    </message>
    <message>
        <source>「%1」只能填 男 或 女（也可以填 1 = 男、2 = 女），现在是“%2”。</source>
        <translation>“%1” can only be 男 (male) or 女 (female) (or 1 = male, 2 = female); it is “%2”.</translation>
    </message>
    <message>
        <source>Excel 日期序号 %1 按 %2 读入</source>
        <translation>Excel date number %1 read as %2</translation>
    </message>
    <message>
        <source>「%1」应为日期，例如 2014-09-01、2014/9/1 或 20140901，现在是“%2”。</source>
        <translation>“%1” must be a date, e.g. 2014-09-01, 2014/9/1 or 20140901; it is “%2”.</translation>
    </message>
    <message>
        <source>「%1」写成了“%2”：Excel 会把冒号当作几点几分。请写成 %3。</source>
        <translation>“%1” is written “%2”: Excel reads a colon as a time of day. Write %3.</translation>
    </message>
    <message>
        <source>「%1」是 Excel 的时刻值（%2），原文件多半写成了“分:秒”。请写成 %3。</source>
        <translation>“%1” is an Excel time of day (%2); the original probably said “min:sec”. Write %3.</translation>
    </message>
    <message>
        <source>「%1」应写成 分′秒″，例如 %2，现在是“%3”。</source>
        <translation>“%1” must be written minutes′seconds″, e.g. %2; it is “%3”.</translation>
    </message>
    <message>
        <source>「%1」应为两位数字的民族代码（01 汉族 … 56 基诺族，97 其他，98 外国血统），现在是“%2”。</source>
        <translation>“%1” must be a two-digit ethnic group code (01 Han … 56 Jino, 97 other, 98 foreign origin); it is “%2”.</translation>
    </message>
    <message>
        <source>「%1」应为 1–9 年级（例如 3、三年级、初一），现在是“%2”。</source>
        <translation>“%1” must be grade 1–9 (e.g. 3, 三年级, 初一); it is “%2”.</translation>
    </message>
    <message>
        <source>「%1」应为年级编号 11–16（一至六年级）、21–23（初一至初三）或 31–33（高一至高三），也可以写“三年级”“初一”，现在是“%2”。</source>
        <translation>“%1” must be a grade code 11–16 (grades 1–6), 21–23 (junior 1–3) or 31–33 (senior 1–3), or written like “三年级” or “初一”; it is “%2”.</translation>
    </message>
    <message>
        <source>「%1」应为出生年份（例如 1985），现在是“%2”。</source>
        <translation>“%1” must be a year of birth (e.g. 1985); it is “%2”.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>“%1”不是完整的 Excel 工作簿（%2）。文件可能没有下载或复制完整；请用 Excel 打开它，另存为 .xlsx 后再导入。</source>
        <translation>“%1” is not a complete Excel workbook (%2). It may not have been downloaded or copied completely; open it in Excel, save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>The file “%1” cannot be found.</translation>
    </message>
    <message>
        <source>打不开压缩包</source>
        <translation>the zip archive cannot be opened</translation>
    </message>
    <message>
        <source>缺少或读不出工作表 %1</source>
        <translation>sheet %1 is missing or unreadable</translation>
    </message>
    <message>
        <source>工作表第 %1 行附近的内容不完整</source>
        <translation>the sheet is incomplete near row %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>不能创建文件“%1”：文件夹“%2”不存在或不能写入。请换一个文件夹。</source>
        <translation>Cannot create the file “%1”: the folder “%2” does not exist or cannot be written to. Please choose another folder.</translation>
    </message>
    <message>
        <source>写文件“%1”失败（%2）。请确认磁盘有空间、文件没有在 Excel 里打开。</source>
        <translation>Writing the file “%1” failed (%2). Please check that the disk has space and the file is not open in Excel.</translation>
    </message>
    <message>
        <source>不能替换已有的文件“%1”：它可能正在 Excel 里打开。请关闭后再试。</source>
        <translation>Cannot replace the existing file “%1”: it may be open in Excel. Close it and try again.</translation>
    </message>
    <message>
        <source>不能保存文件“%1”。请确认文件夹可以写入。</source>
        <translation>Cannot save the file “%1”. Please check that the folder can be written to.</translation>
    </message>
</context>
<context>
    <name>junheng::AppContext</name>
    <message>
        <source>无法打开本机数据库（%1）：%2</source>
        <translation>Cannot open the device database (%1): %2</translation>
    </message>
    <message>
        <source>处理好后重新打开本软件；仍然不行请联系县教育局的技术人员。</source>
        <translation>Fix this and open the app again; if it still fails, contact the county education bureau&apos;s technical staff.</translation>
    </message>
    <message>
        <source>无法读取表单定义（%1）：%2</source>
        <translation>Cannot read the form definitions (%1): %2</translation>
    </message>
    <message>
        <source>请重新安装本软件，或检查 --forms 指定的文件夹。</source>
        <translation>Please reinstall the app, or check the folder given with --forms.</translation>
    </message>
    <message>
        <source>县教育局发布的表单这台设备用不了：%1 请联系县教育局的技术人员。</source>
        <translation>The forms published by the county education bureau cannot be used on this device: %1 Please contact the county education bureau’s technical staff.</translation>
    </message>
    <message>
        <source>县教育局发布了新版表单：%1。正在填写的表单请返回首页后重新打开。</source>
        <translation>The county education bureau has published new forms: %1. If you are filling in a form, go back to the home page and open it again.</translation>
    </message>
</context>
<context>
    <name>junheng::CompletenessModel</name>
    <message>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>填报中</source>
        <translation>Being filled in</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>未设截止日期</source>
        <translation>No deadline set</translation>
    </message>
    <message>
        <source>截止 %1（还有 %2 天）</source>
        <translation>Closes %1 (%2 days left)</translation>
    </message>
    <message>
        <source>截止 %1（已过期）</source>
        <translation>Closes %1 (overdue)</translation>
    </message>
    <message>
        <source>%1 所学校，%2 份表：已通过 %3，待审核 %4，已退回 %5，未提交 %6</source>
        <translation>%1 schools, %2 forms: approved %3, to review %4, returned %5, not submitted %6</translation>
    </message>
</context>
<context>
    <name>junheng::ConflictController</name>
    <message>
        <source>这条冲突已经处理过了，不需要再选择。</source>
        <translation>This conflict has already been resolved; nothing more to choose.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>这条记录在本机和其他设备上都改过，有 %1 处改得不一样。服务器上的是第 %2 版（%3 保存）。请逐项选择保留哪一个；其余没有冲突的修改会自动保留。保存后作为新版本发送。</source>
        <translation>This record was changed both on this device and on another device, and %1 changes differ. The server has version %2 (saved %3). Choose which to keep for each item; the other changes, which do not conflict, are kept automatically. After saving it is sent as a new version.</translation>
    </message>
    <message>
        <source>这一行</source>
        <translation>This row</translation>
    </message>
    <message>
        <source>“%1”的保留原因</source>
        <translation>Reason for keeping “%1”</translation>
    </message>
    <message>
        <source>删除这一行</source>
        <translation>Delete this row</translation>
    </message>
    <message>
        <source>保留这一行（内容有修改）</source>
        <translation>Keep this row (with changes)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>（不详）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1 取%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>服务器的</source>
        <translation>server&apos;s</translation>
    </message>
    <message>
        <source>本机的</source>
        <translation>this device&apos;s</translation>
    </message>
    <message>
        <source>逐项选择后保存：%1。</source>
        <translation>Saved after choosing item by item: %1.</translation>
    </message>
    <message>
        <source>已保存“%1”的选择，作为新版本等待发送。</source>
        <translation>Your choices for “%1” are saved and wait to be sent as a new version.</translation>
    </message>
    <message>
        <source>已保存“%1”的选择，但合在一起后还有 %2 处须改正或写明原因，所以存为草稿、没有发送。请打开这份表改好后再定稿。</source>
        <translation>Your choices for “%1” are saved, but together there are still %2 items to fix or explain, so it was saved as a draft and not sent. Open the form, fix it and finalise again.</translation>
    </message>
</context>
<context>
    <name>junheng::CountyHomeController</name>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>县教育局</source>
        <translation>County education bureau</translation>
    </message>
    <message>
        <source>开放中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>草稿（未发布）</source>
        <translation>Draft (not published)</translation>
    </message>
    <message>
        <source>上一个操作还没有完成，请稍候。</source>
        <translation>The previous action has not finished yet; please wait.</translation>
    </message>
    <message>
        <source>%1 县教育局（另一台县局设备）</source>
        <translation>%1 county education bureau (another county device)</translation>
    </message>
    <message>
        <source>%1（乡镇教育办）</source>
        <translation>%1 (town education office)</translation>
    </message>
    <message>
        <source>%1 · %2（%3）</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>读取评估周期</source>
        <translation>Reading the assessment cycles</translation>
    </message>
    <message>
        <source>周期编号“%1”不对：应为 1–32 个字母、数字、“-”或“_”，如 2026。</source>
        <translation>The cycle ID “%1” is not valid: use 1–32 letters, digits, “-” or “_”, e.g. 2026.</translation>
    </message>
    <message>
        <source>请填写周期名称，如“2026年度优质均衡监测”。</source>
        <translation>Enter a name for the cycle, e.g. “2026 balanced education monitoring”.</translation>
    </message>
    <message>
        <source>开始日期“%1”不对：请按 2026-03-01 的格式填写。</source>
        <translation>The start date “%1” is not valid: use the format 2026-03-01.</translation>
    </message>
    <message>
        <source>截止日期“%1”不对：请按 2026-05-31 的格式填写。</source>
        <translation>The closing date “%1” is not valid: use the format 2026-05-31.</translation>
    </message>
    <message>
        <source>截止日期 %1 早于开始日期 %2，请改正。</source>
        <translation>The closing date %1 is before the start date %2. Please correct it.</translation>
    </message>
    <message>
        <source>新建评估周期</source>
        <translation>Creating the assessment cycle</translation>
    </message>
    <message>
        <source>发布评估周期</source>
        <translation>Publishing the assessment cycle</translation>
    </message>
    <message>
        <source>结束评估周期</source>
        <translation>Closing the assessment cycle</translation>
    </message>
    <message>
        <source>现在连不上服务器，下面是本机上次同步时的评估周期。（%1）</source>
        <translation>Cannot reach the server now; below are the assessment cycles as of this device’s last sync. (%1)</translation>
    </message>
    <message>
        <source>%1没有完成，服务器上什么也没有改变。%2</source>
        <translation>%1 did not complete; nothing was changed on the server. %2</translation>
    </message>
    <message>
        <source>已新建评估周期“%1”（草稿）。检查无误后点“发布”，各校设备同步后就会进入这个周期。</source>
        <translation>Assessment cycle “%1” created (draft). Check it, then tap “Publish”: school devices enter the cycle when they sync.</translation>
    </message>
    <message>
        <source>已发布评估周期“%1”：各校、各乡镇的设备下次同步后进入这个周期。</source>
        <translation>Assessment cycle “%1” published: school and town devices enter it at their next sync.</translation>
    </message>
    <message>
        <source>已结束评估周期“%1”：之后提交的表仍会保存，但标为逾期。</source>
        <translation>Assessment cycle “%1” closed: forms submitted from now on are still saved but marked late.</translation>
    </message>
    <message>
        <source>请先选择要登记的学校或乡镇。</source>
        <translation>First choose the school or town to enrol.</translation>
    </message>
    <message>
        <source>发登记码</source>
        <translation>Issuing the enrolment code</translation>
    </message>
    <message>
        <source>读取已登记的设备</source>
        <translation>Reading the enrolled devices</translation>
    </message>
    <message>
        <source>没有发出登记码（%1）。%2</source>
        <translation>No enrolment code was issued (%1). %2</translation>
    </message>
    <message>
        <source>读不到已登记的设备。%1</source>
        <translation>Cannot read the enrolled devices. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>已为 %1 发出登记码 %2。只能用一次；请在新设备上扫描二维码，或输入登记码。</source>
        <translation>Enrolment code %2 issued for %1. It can be used only once: scan the QR code on the new device, or enter the code.</translation>
    </message>
    <message>
        <source>还没有上传过</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>junheng::CountyIndicators</name>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>全县 %1 个学校学段中 %2 个达到 R1–R7 中至少 6 项；差异系数未达标 %3 项。</source>
        <translation>Across the county, %2 of %1 school stages meet at least 6 of R1–R7; %3 difference coefficients not met.</translation>
    </message>
</context>
<context>
    <name>junheng::DashboardModel</name>
    <message>
        <source>本机还没有登记，登记后这里会显示本校各项指标的达标情况。</source>
        <translation>This device is not enrolled. Once enrolled, the school&apos;s indicators are shown here.</translation>
    </message>
    <message>
        <source>资源配置 · %1 · %2部</source>
        <translation>Resources · %1 · %2 section</translation>
    </message>
    <message>
        <source>资源配置 · %1部</source>
        <translation>Resources · %1 section</translation>
    </message>
    <message>
        <source>（达到要求的85%）</source>
        <translation> (85% of the requirement)</translation>
    </message>
    <message>
        <source>。要达标，最少需要：%1</source>
        <translation>. To meet the standard, at least: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>资源配置</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>不参加资源配置评估</source>
        <translation>Not assessed on resources</translation>
    </message>
    <message>
        <source>政府保障与教育质量 · %1</source>
        <translation>Government support and education quality · %1</translation>
    </message>
    <message>
        <source>政府保障与教育质量</source>
        <translation>Government support and education quality</translation>
    </message>
    <message>
        <source>体质健康</source>
        <translation>Physical fitness</translation>
    </message>
    <message>
        <source>体质健康优良率与合格率</source>
        <translation>Fitness good-or-excellent and pass rates</translation>
    </message>
    <message>
        <source>未计算：还没有 S6 体质健康测试记录</source>
        <translation>Not calculated: no S6 fitness test records yet</translation>
    </message>
    <message>
        <source>近视率</source>
        <translation>Myopia rate</translation>
    </message>
    <message>
        <source>有效筛查 %1 人，近视 %2 人，近视率 %3%（低度 %4，中度 %5，高度 %6；无效记录 %7 条）</source>
        <translation>%1 validly screened, %2 myopic, myopia rate %3% (low %4, moderate %5, high %6; %7 invalid records)</translation>
    </message>
    <message>
        <source>未计算：没有有效的筛查记录（无效 %1 条）</source>
        <translation>Not calculated: no valid screening records (%1 invalid)</translation>
    </message>
    <message>
        <source>近视</source>
        <translation>Myopia</translation>
    </message>
    <message>
        <source>未计算：还没有 S5 近视筛查记录</source>
        <translation>Not calculated: no S5 myopia screening records yet</translation>
    </message>
    <message>
        <source>资源配置：%1 个学段中 %2 个达标。政府保障与教育质量：%3 项达标，%4 项未达标，%5 项待补数据或佐证。</source>
        <translation>Resources: %2 of %1 stages met. Government support and education quality: %3 met, %4 not met, %5 need data or evidence.</translation>
    </message>
    <message>
        <source>%1 · %2部</source>
        <translation>%1 · %2 section</translation>
    </message>
    <message>
        <source>%1部</source>
        <translation>%1 section</translation>
    </message>
    <message>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <source>镇街</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>还没有算出指标，不能导出。请先点“重新计算”。</source>
        <translation>The indicators have not been computed yet, so there is nothing to export. Click &quot;Recalculate&quot; first.</translation>
    </message>
    <message>
        <source>文件夹“%1”不存在，请换一个文件夹。</source>
        <translation>The folder &quot;%1&quot; does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>监测报告</source>
        <translation> monitoring report</translation>
    </message>
    <message>
        <source>已保存：%1.xlsx 和 %1.pdf</source>
        <translation>Saved: %1.xlsx and %1.pdf</translation>
    </message>
    <message>
        <source>还没有读出本周期的数据，不能导出。请先点“重新计算”。</source>
        <translation>This cycle's data has not been read yet, so nothing can be exported. Tap “Recalculate” first.</translation>
    </message>
</context>
<context>
    <name>junheng::EnrolClient</name>
    <message>
        <source>本机还没有登记到服务器。请先用登记码登记本机。</source>
        <translation>This device is not enrolled with the server yet. Enrol it with an enrolment code first.</translation>
    </message>
</context>
<context>
    <name>junheng::FormController</name>
    <message>
        <source>这份表已更新为另一台设备同步来的版本（第 %1 版）。</source>
        <translation>This form was updated to the version synced from another device (version %1).</translation>
    </message>
    <message>
        <source>已发送到服务器（第 %1 版）。</source>
        <translation>Sent to the server (version %1).</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>有修改，停笔 3 秒后自动保存</source>
        <translation>Changed; saved 3 seconds after you stop typing</translation>
    </message>
    <message>
        <source>还没有填写</source>
        <translation>Nothing filled in yet</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>已添加附件“%1”。</source>
        <translation>Attachment “%1” added.</translation>
    </message>
    <message>
        <source>还没有填写任何内容，不需要保存。</source>
        <translation>Nothing filled in yet: nothing to save.</translation>
    </message>
    <message>
        <source>草稿已保存。</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>已改为草稿（第 %1 版）。改好后请重新定稿，才会再次发送。</source>
        <translation>Changed back to a draft (version %1). Finalise it again when done, so that it is sent again.</translation>
    </message>
    <message>
        <source>（如确认无误，请在该项下写明保留的原因）</source>
        <translation> (if it is correct, write why it is kept under the item)</translation>
    </message>
    <message>
        <source>未能定稿：请按提示改正标红的项目；标黄的提醒如确认无误，请写明保留的原因。处理好后再点“定稿”。</source>
        <translation>Not finalised: fix the items marked red; for the yellow warnings that are correct, write why they are kept. Then tap “Finalise” again.</translation>
    </message>
    <message>
        <source>还不能定稿。</source>
        <translation>Cannot finalise yet.</translation>
    </message>
    <message>
        <source>已定稿，联网后会自动发送。还有 %1 条提醒，上级审核时可能会问到。</source>
        <translation>Finalised; it is sent automatically when online. %1 warnings remain; the reviewers may ask about them.</translation>
    </message>
    <message>
        <source>已定稿，联网后会自动发送。</source>
        <translation>Finalised; it is sent automatically when online.</translation>
    </message>
</context>
<context>
    <name>junheng::FormListModel</name>
    <message>
        <source>填写中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>junheng::HttpTransport</name>
    <message>
        <source>服务器 %1 的证书不受信任（指纹 %2）。请向县里的管理员要登记二维码或证书指纹后再登记。</source>
        <translation>The certificate of server %1 is not trusted (fingerprint %2). Ask the county administrator for the enrolment QR code or the certificate fingerprint, then enrol.</translation>
    </message>
    <message>
        <source>服务器 %1 的证书与%2的不一致（应为 %3，实际 %4）。可能有人冒充服务器，也可能服务器换了证书。没有发送任何数据；请联系县里的管理员确认后重新登记。</source>
        <translation>The certificate of server %1 differs from the one %2 (expected %3, got %4). Someone may be pretending to be the server, or the server has a new certificate. Nothing was sent; contact the county administrator and enrol again.</translation>
    </message>
    <message>
        <source>登记码给出</source>
        <translation>given with the enrolment code</translation>
    </message>
    <message>
        <source>登记时记下</source>
        <translation>recorded at enrolment</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>连不上服务器 %1（%2）。数据都保存在本机，联网后会自动再发送。</source>
        <translation>Cannot reach server %1 (%2). All data is kept on this device and is sent again automatically when online.</translation>
    </message>
    <message>
        <source>等待超时</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>服务器 %1 的回复不是同步协议的格式（HTTP %2，可能是网络登录页或代理）。数据都保存在本机，稍后会再试。</source>
        <translation>The reply of server %1 is not in the sync protocol&apos;s format (HTTP %2; perhaps a network login page or a proxy). All data is kept on this device; it will try again later.</translation>
    </message>
    <message>
        <source>服务器 %1 回复了错误 HTTP %2。</source>
        <translation>Server %1 replied with error HTTP %2.</translation>
    </message>
</context>
<context>
    <name>junheng::ImportController</name>
    <message>
        <source>已取消导入，没有写入任何数据。</source>
        <translation>Import cancelled; no data was written.</translation>
    </message>
    <message>
        <source>有 %1 行有错误，不能全部导入。请改正文件后重新选择，或者只导入没有错误的 %2 行。</source>
        <translation>%1 rows have errors, so not all can be imported. Fix the file and choose it again, or import only the %2 rows without errors.</translation>
    </message>
    <message>
        <source>没有一行可以导入，没有写入任何数据。请按问题清单改正文件后重新导入。</source>
        <translation>No row can be imported; no data was written. Fix the file using the list of problems and import it again.</translation>
    </message>
    <message>
        <source>导入失败，没有写入任何数据：%1</source>
        <translation>Import failed; no data was written: %1</translation>
    </message>
    <message>
        <source>已导入 %1 行：新增 %2 行，更新 %3 行，%4 行与本机已有的相同。</source>
        <translation>Imported %1 rows: %2 new, %3 updated, %4 the same as on this device.</translation>
    </message>
    <message>
        <source>有错误的 %1 行没有导入，改正后再导入一次即可，不会重复。</source>
        <translation>The %1 rows with errors were not imported. Fix them and import again; nothing will be duplicated.</translation>
    </message>
    <message>
        <source>问题清单没有保存：%1</source>
        <translation>The list of problems was not saved: %1</translation>
    </message>
    <message>
        <source>问题清单已保存到 %1。</source>
        <translation>List of problems saved to %1.</translation>
    </message>
    <message>
        <source>%1-问题清单.xlsx</source>
        <translation>%1-problems.xlsx</translation>
    </message>
</context>
<context>
    <name>junheng::LedgerModel</name>
    <message>
        <source>已达标（%1）</source>
        <translation>Now met (%1)</translation>
    </message>
    <message>
        <source>未达标 %1 项，其中未指定责任人 %2 项、已逾期 %3 项；当前显示 %4 项。</source>
        <translation>%1 items not met: %2 without a responsible person, %3 overdue. Showing %4.</translation>
    </message>
    <message>
        <source>本机还没有登记。问题台账在县或乡镇（街道）的设备上查看，登记后再打开。</source>
        <translation>This device is not enrolled. The issue ledger is viewed on county or town devices; open it again once this device is enrolled.</translation>
    </message>
    <message>
        <source>问题台账由县教育局管理，学校设备上不显示。本校的未达标项目请看“评估指标”。</source>
        <translation>The issue ledger is kept by the county education bureau and is not shown on school devices. See “Indicators” for this school’s items not met.</translation>
    </message>
    <message>
        <source>请填写责任人，例如“王校长”或“县教育局基建股”。</source>
        <translation>Enter the person responsible, e.g. “Principal Wang” or “County Education Bureau infrastructure section”.</translation>
    </message>
    <message>
        <source>责任人不能超过 %1 个字，现在有 %2 个字，请写简短些。</source>
        <translation>The person responsible can be at most %1 characters; it is now %2. Please shorten it.</translation>
    </message>
    <message>
        <source>请填写完成时限，例如 2027-03-31。</source>
        <translation>Enter a deadline, e.g. 2027-03-31.</translation>
    </message>
    <message>
        <source>完成时限“%1”不是日期，请按 2027-03-31 的格式填写。</source>
        <translation>The deadline “%1” is not a date. Use the format 2027-03-31.</translation>
    </message>
    <message>
        <source>完成时限“%1”的年份不对，请填写 2000 到 2100 年之间的日期。</source>
        <translation>The year of the deadline “%1” is wrong. Enter a date between 2000 and 2100.</translation>
    </message>
    <message>
        <source>请选择整改状态：未整改、整改中或已整改。</source>
        <translation>Choose the rectification status: not rectified, being rectified or rectified.</translation>
    </message>
    <message>
        <source>整改措施或备注不能超过 %1 个字，现在有 %2 个字。</source>
        <translation>Rectification measures or notes can be at most %1 characters; they are now %2.</translation>
    </message>
    <message>
        <source>问题台账由县教育局填写，本机不能修改。</source>
        <translation>The issue ledger is filled in by the county education bureau; it cannot be changed on this device.</translation>
    </message>
    <message>
        <source>找不到这一项，可能已重新计算。请关闭对话框后再试。</source>
        <translation>This item cannot be found; it may have been recalculated. Close the dialog and try again.</translation>
    </message>
    <message>
        <source>有 %1 处需要修改，见各项下方的说明。</source>
        <translation>%1 things to change: see the notes under each item.</translation>
    </message>
    <message>
        <source>程序里缺少问题台账表单（C2），请更新程序。</source>
        <translation>The issue ledger form (C2) is missing from the app. Please update the app.</translation>
    </message>
    <message>
        <source>已保存为草稿，但还不能发送：%1</source>
        <translation>Saved as a draft, but it cannot be sent yet: %1</translation>
    </message>
    <message>
        <source>已保存“%1 · %2”，下次同步时发送。</source>
        <translation>Saved “%1 · %2”; it will be sent at the next sync.</translation>
    </message>
    <message>
        <source>文件夹“%1”不存在，请换一个文件夹。</source>
        <translation>The folder “%1” does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>还没有算出问题台账，不能导出。</source>
        <translation>The issue ledger has not been calculated yet, so it cannot be exported.</translation>
    </message>
    <message>
        <source>%1问题台账</source>
        <translation>%1 issue ledger</translation>
    </message>
    <message>
        <source>已不再未达标</source>
        <translation>Now met</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>导出时间</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>%1问题台账-%2.xlsx</source>
        <translation>%1 issue ledger-%2.xlsx</translation>
    </message>
    <message>
        <source>已导出 %1 项到：%2</source>
        <translation>Exported %1 items to: %2</translation>
    </message>
</context>
<context>
    <name>junheng::PinController</name>
    <message>
        <source>两次输入的 PIN 不一样，请重新输入。</source>
        <translation>The two PINs are not the same. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>junheng::QrCode</name>
    <message>
        <source>无法生成二维码（内容共 %1 字节，可能太长）。</source>
        <translation>Cannot make the QR code (%1 bytes of content, maybe too long).</translation>
    </message>
    <message>
        <source>图片是空的，读不出二维码。</source>
        <translation>The picture is empty; no QR code can be read.</translation>
    </message>
    <message>
        <source>图片里没有找到能读的二维码。请用清晰、完整、不反光的二维码图片再试，或直接粘贴登记链接。</source>
        <translation>No readable QR code found in the picture. Try again with a clear, whole QR code picture without glare, or paste the enrolment link.</translation>
    </message>
    <message>
        <source>打不开图片 %1（%2）。请选择 PNG 或 JPG 格式的二维码图片。</source>
        <translation>Cannot open the picture %1 (%2). Please choose a QR code picture in PNG or JPG format.</translation>
    </message>
</context>
<context>
    <name>junheng::ReviewController</name>
    <message>
        <source>只有镇街或县登记的电脑能审核学校的表。</source>
        <translation>Only computers enrolled for a town or the county can review schools’ forms.</translation>
    </message>
    <message>
        <source>本机没有表“%1”的定义，无法打开。请先同步，取回本周期的表。</source>
        <translation>This device has no definition of form “%1”, so it cannot be opened. Sync first to fetch this cycle’s forms.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>%1 于 %2 提交（逾期）</source>
        <translation>Submitted by %1 on %2 (late)</translation>
    </message>
    <message>
        <source>%1 于 %2 提交</source>
        <translation>Submitted by %1 on %2</translation>
    </message>
    <message>
        <source>服务器还没有收到这份表。</source>
        <translation>The server has not received this form yet.</translation>
    </message>
    <message>
        <source>本机还没有这所学校的%1。学校提交后，同步一次就能看到。</source>
        <translation>This device does not have this school’s %1 yet. Once the school submits it, sync once to see it.</translation>
    </message>
    <message>
        <source>这份表是加密保存的学生健康数据，请先输入 PIN 解锁。</source>
        <translation>This form holds encrypted student health data. Enter the PIN to unlock it first.</translation>
    </message>
    <message>
        <source>数据检查：没有发现问题。</source>
        <translation>Data checks: no problems found.</translation>
    </message>
    <message>
        <source>数据检查：%1 处错误，%2 处提醒（其中 %3 处学校写了说明）。</source>
        <translation>Data checks: %1 errors, %2 warnings (the school explained %3 of them).</translation>
    </message>
    <message>
        <source>本机还没有这所学校%1的名单。学校提交后，同步一次就能看到。</source>
        <translation>This device does not have this school’s %1 roster yet. Once the school submits it, sync once to see it.</translation>
    </message>
    <message>
        <source>数据检查：共 %1 行，%2 行有错误，%3 行有提醒。</source>
        <translation>Data checks: %1 rows, %2 with errors, %3 with warnings.</translation>
    </message>
    <message>
        <source>与另一行的编号重复。</source>
        <translation>Same number as another row.</translation>
    </message>
    <message>
        <source>（加密数据，输入 PIN 后可见）</source>
        <translation>(encrypted data, shown after entering the PIN)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>没有符合条件的行。</source>
        <translation>No rows match.</translation>
    </message>
    <message>
        <source>第 %1–%2 行，共 %3 行（第 %4/%5 页）</source>
        <translation>Rows %1–%2 of %3 (page %4/%5)</translation>
    </message>
    <message>
        <source>（已删除的行）</source>
        <translation>(deleted row)</translation>
    </message>
    <message>
        <source>%1 · 整行</source>
        <translation>%1 · whole row</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>整张表</source>
        <translation>Whole form</translation>
    </message>
    <message>
        <source>请先打开要审核的表。</source>
        <translation>First open the form to review.</translation>
    </message>
    <message>
        <source>意见是空的：请写明哪里不对、要学校怎么改。</source>
        <translation>The comment is empty: say what is wrong and how the school should change it.</translation>
    </message>
    <message>
        <source>一条意见最多 %1 个字，现在是 %2 个字。请分成几条写。</source>
        <translation>A comment can be at most %1 characters; this one has %2. Please split it into several.</translation>
    </message>
    <message>
        <source>一次退回最多 %1 条意见。请把同类的问题合成一条。</source>
        <translation>A return can have at most %1 comments. Please combine similar problems into one comment.</translation>
    </message>
    <message>
        <source>表“%1”没有数据项“%2”。</source>
        <translation>Form “%1” has no field “%2”.</translation>
    </message>
    <message>
        <source>学校已提交，等待审核：没有问题就“通过”；要学校修改就写好意见后“退回”。</source>
        <translation>Submitted by the school and waiting for review: if there are no problems, tap “Approve”; if the school needs to change something, write comments and tap “Return”.</translation>
    </message>
    <message>
        <source>已通过。如发现问题，写好意见后仍可“退回”，让学校重新修改。</source>
        <translation>Approved. If you find a problem, you can still write comments and “Return” the form for the school to change.</translation>
    </message>
    <message>
        <source>已退回，正等学校改正后重新提交；学校重新提交后才能再审核。</source>
        <translation>Returned: waiting for the school to correct and resubmit it. It can be reviewed again once resubmitted.</translation>
    </message>
    <message>
        <source>学校还没有提交这份表，暂时不能审核。</source>
        <translation>The school has not submitted this form yet, so it cannot be reviewed.</translation>
    </message>
    <message>
        <source>请先在“审核人”里填写您的姓名，它会记在审核记录里。</source>
        <translation>First enter your name under “Reviewer”; it is recorded in the review history.</translation>
    </message>
    <message>
        <source>审核人姓名最多 %1 个字，现在是 %2 个字。</source>
        <translation>The reviewer’s name can be at most %1 characters; it is now %2.</translation>
    </message>
    <message>
        <source>退回必须至少写一条意见：点有问题的数据项（或名单的某一行）写明要学校怎么改，或在“对整张表的意见”里写。</source>
        <translation>A return needs at least one comment: tap the field with the problem (or a row of the roster) and say how the school should change it, or write under “Comment on the whole form”.</translation>
    </message>
    <message>
        <source>正在提交“通过”……</source>
        <translation>Submitting the approval…</translation>
    </message>
    <message>
        <source>正在退回给学校……</source>
        <translation>Returning to the school…</translation>
    </message>
    <message>
        <source>已通过。</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>已退回给学校，附 %1 条意见。学校同步后就能看到。</source>
        <translation>Returned to the school with %1 comments. The school sees them once it syncs.</translation>
    </message>
    <message>
        <source>您写的 %1 条意见都还在。</source>
        <translation>Your %1 comments are all still here. </translation>
    </message>
    <message>
        <source>连不上服务器，审核结果没有提交：审核要联网才能生效。%1联网后再点一次“%2”。</source>
        <translation>Cannot reach the server, so the review was not submitted: a review only takes effect online. %1Once online, tap “%2” again.</translation>
    </message>
    <message>
        <source>学校在您打开这份表之后又重新提交了，服务器没有接受这次审核。请先同步，看过学校的新数据后再审核。%1</source>
        <translation>The school submitted again after you opened this form, so the server did not accept this review. Sync first and look at the school’s new data, then review. %1</translation>
    </message>
    <message>
        <source>服务器没有接受这次审核：%1 请先同步，看这份表现在的状态。%2</source>
        <translation>The server did not accept this review: %1 Sync first to see the current state of this form. %2</translation>
    </message>
    <message>
        <source>服务器拒绝了这次审核：%1 只有本镇街（或县）登记的电脑能审核本辖区学校的表；如有疑问请联系县教育局。</source>
        <translation>The server refused this review: %1 Only computers enrolled for this town (or the county) can review the forms of schools in their area; if in doubt, contact the county education bureau.</translation>
    </message>
    <message>
        <source>本机的登记已失效，服务器不接受它的请求。请向县教育局要新的登记码重新登记。%1</source>
        <translation>This device’s enrolment is no longer valid, so the server does not accept its requests. Ask the county education bureau for a new enrolment code and enrol again. %1</translation>
    </message>
    <message>
        <source>审核结果没有提交：%1 %2</source>
        <translation>The review was not submitted: %1 %2</translation>
    </message>
</context>
<context>
    <name>junheng::RosterController</name>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>已添加一行。</source>
        <translation>Row added.</translation>
    </message>
    <message>
        <source>已保存第 %1 行。</source>
        <translation>Row %1 saved.</translation>
    </message>
    <message>
        <source>已删除：%1。</source>
        <translation>Deleted: %1.</translation>
    </message>
    <message>
        <source>已定稿 %1 行，联网时会自动发送。</source>
        <translation>%1 rows finalised; they are sent automatically when online.</translation>
    </message>
    <message>
        <source>没有需要定稿的行：每一行都已定稿。</source>
        <translation>Nothing to finalise: every row is finalised.</translation>
    </message>
    <message>
        <source>新的一行</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>第 %1 行（%2）</source>
        <translation>Row %1 (%2)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>还不能定稿：%1这次没有定稿任何一行。</source>
        <translation>Cannot finalise yet: %1No row was finalised this time.</translation>
    </message>
</context>
<context>
    <name>junheng::RosterModel</name>
    <message>
        <source>%1 在名单中出现了不止一次：请核对后删除或改正重复的行。</source>
        <translation>%1 appears more than once in the roster: check, then delete or correct the duplicate rows.</translation>
    </message>
    <message>
        <source>%1 处错误</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>%1 处提醒</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>这一格不能填写。</source>
        <translation>This cell cannot be filled in.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>「%1」%2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>junheng::SchoolComments</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 于 %2 退回，共 %3 条意见。请按意见改正后重新定稿，同步后即重新提交。</source>
        <translation>Returned by %1 on %2 with %3 comments. Correct it as the comments ask and finalise it again; it is resubmitted when it syncs.</translation>
    </message>
</context>
<context>
    <name>junheng::SyncEngine</name>
    <message>
        <source>服务器地址“%1”不对，应类似 https://jh.example.gov.cn。</source>
        <translation>The server address “%1” is wrong; it should look like https://jh.example.gov.cn.</translation>
    </message>
    <message>
        <source>不能用不加密的 http 连接 %1：学生数据只能经 https 传输。请改用 https:// 开头的地址。</source>
        <translation>Cannot connect to %1 over unencrypted http: student data may only travel over https. Use an address starting with https://.</translation>
    </message>
    <message>
        <source>注意：正在用不加密的 http 连接本机测试服务器 %1，仅供开发测试使用。</source>
        <translation>Note: connected to the local test server %1 over unencrypted http, for development and testing only.</translation>
    </message>
    <message>
        <source>登记成功：%1（%2）</source>
        <translation>Enrolled: %1 (%2)</translation>
    </message>
    <message>
        <source>。服务器用的是自签名证书，本机已记下它的指纹 %1，以后只认这张证书。</source>
        <translation>. The server uses a self-signed certificate; this device has recorded its fingerprint %1 and will accept only this certificate.</translation>
    </message>
    <message>
        <source>本机还没有登记到服务器，无法同步。请先用登记码登记。</source>
        <translation>This device is not enrolled with a server and cannot sync. Enrol with an enrolment code first.</translation>
    </message>
    <message>
        <source>服务器的回复格式不对（发送 %1 条，回复 %2 条结果）。数据都保存在本机，稍后会再试。</source>
        <translation>The server&apos;s reply is malformed (%1 sent, %2 results). All data is kept on this device; it will try again later.</translation>
    </message>
    <message>
        <source>服务器的回复与发送的记录对不上（第 %1 条）。数据都保存在本机，稍后会再试。</source>
        <translation>The server&apos;s reply does not match the records sent (record %1). All data is kept on this device; it will try again later.</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>服务器拒收</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>服务器发来的记录 %1 内容与校验值不符，已拒收这批更新。请联系县里的管理员。</source>
        <translation>Record %1 from the server does not match its checksum; this batch of updates was refused. Please contact the county administrator.</translation>
    </message>
    <message>
        <source>同步完成：发送 %1 条，收到 %2 条更新。</source>
        <translation>Sync done: %1 sent, %2 updates received.</translation>
    </message>
    <message>
        <source>有 %1 条服务器没有接受，请在“待处理”中查看原因。</source>
        <translation>%1 were not accepted by the server; see why under “To handle”.</translation>
    </message>
    <message>
        <source>服务器繁忙，%1 秒后自动重试。数据都保存在本机。</source>
        <translation>The server is busy; retrying automatically in %1 seconds. All data is kept on this device.</translation>
    </message>
    <message>
        <source>有 %1 条与其他设备的修改互不重叠，已自动合并。</source>
        <translation>%1 changed on other devices without overlap; merged automatically.</translation>
    </message>
    <message>
        <source>有 %1 条与其他设备改了同一处，请在同步页逐项选择保留哪个。</source>
        <translation>%1 changed in the same place on another device; choose which to keep, item by item, on the sync page.</translation>
    </message>
    <message>
        <source>这台设备已被镇（街道）或县教育局注销，不能再同步。本机的数据都还在，一条也没有丢。请向镇（街道）或县教育局要一个新的登记码，重新登记后，待发送的记录会自动发出。</source>
        <translation>This device has been removed by the town (subdistrict) or county education bureau and can no longer sync. All data on this device is still here; nothing is lost. Ask the town (subdistrict) or county education bureau for a new enrolment code; after enrolling again, the records waiting to be sent are sent automatically.</translation>
    </message>
    <message>
        <source>服务器不认这台设备的登记（%1）。本机的数据都还在，一条也没有丢。请向镇（街道）或县教育局要一个新的登记码，重新登记后再同步。</source>
        <translation>The server does not accept this device&apos;s enrolment (%1). All data on this device is still here; nothing is lost. Ask the town (subdistrict) or county education bureau for a new enrolment code, enrol again and then sync.</translation>
    </message>
    <message>
        <source>冲突：服务器发来的副本内容与校验值不符，无法比较。本机的内容没有改动；请联系县里的管理员。</source>
        <translation>Conflict: the copy from the server does not match its checksum and cannot be compared. Nothing on this device was changed; please contact the county administrator.</translation>
    </message>
    <message>
        <source>其他设备把这条记录改到了第 %1 版；本机改的 %2 项与其改的 %3 项互不重叠，已自动合并成新版本。</source>
        <translation>Another device changed this record to version %1; the %2 items changed on this device and the %3 items changed there do not overlap, so they were merged automatically into a new version.</translation>
    </message>
</context>
<context>
    <name>junheng::SyncPageController</name>
    <message>
        <source>正在登记到 %1 …</source>
        <translation>Enrolling with %1 …</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>服务器没有接受，原因见下；修改后再定稿即可重新发送</source>
        <translation>Not accepted by the server, see why below; change it and finalise again to resend</translation>
    </message>
    <message>
        <source>正在发送</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>已失败 %1 次</source>
        <translation>Failed %1 times</translation>
    </message>
    <message>
        <source>已失败 %1 次；%2</source>
        <translation>Failed %1 times; %2</translation>
    </message>
    <message>
        <source>第 %1 版，%2 定稿，等待发送</source>
        <translation>Version %1, finalised %2, waiting to be sent</translation>
    </message>
    <message>
        <source>本机和其他设备改了同一处（%1 处），请选择保留哪一个</source>
        <translation>Changed in the same place on this device and another (%1 items); choose which to keep</translation>
    </message>
    <message>
        <source>已停止自动同步，重新登记后会继续</source>
        <translation>Automatic sync stopped; it resumes after enrolling again</translation>
    </message>
    <message>
        <source>%1 秒后自动重试</source>
        <translation>Retrying automatically in %1 seconds</translation>
    </message>
    <message>
        <source>%1 自动重试</source>
        <translation>Next automatic retry: %1</translation>
    </message>
    <message>
        <source>无法得知网络状态，按时自动重试</source>
        <translation>Network state unknown; retrying automatically on schedule</translation>
    </message>
    <message>
        <source>网络已连接</source>
        <translation>Network connected</translation>
    </message>
    <message>
        <source>网络未连接：联网后会自动同步</source>
        <translation>No network: syncs automatically once online</translation>
    </message>
</context>
<context>
    <name>junheng::TownCompletenessModel</name>
    <message>
        <source>本机还没有登记，登记后这里会显示各乡镇的填报进度。</source>
        <translation>This device is not enrolled. Once enrolled, the progress of each town is shown here.</translation>
    </message>
    <message>
        <source>%1 个乡镇（街道）、%2 所学校、%3 份表：已通过 %4，待审核 %5，已退回 %6，未提交 %7；逾期 %8 份</source>
        <translation>%1 towns, %2 schools, %3 forms: approved %4, to review %5, returned %6, not submitted %7; %8 late</translation>
    </message>
    <message>
        <source>还没有学校名单。请先同步，名单会从服务器下载。</source>
        <translation>No school list yet. Sync first: the list is downloaded from the server.</translation>
    </message>
</context>
<context>
    <name>junheng::protocol::EnrolLink</name>
    <message>
        <source>这不是登记链接：应以 junheng://enrol? 开头（由县或镇的登记二维码给出），收到的是“%1”。</source>
        <translation>This is not an enrolment link: it should start with junheng://enrol? (given by the county or town enrolment QR code), but got “%1”.</translation>
    </message>
    <message>
        <source>登记链接里的服务器地址不对（server=%1）。请向县或镇要一个新的登记二维码。</source>
        <translation>The server address in the enrolment link is wrong (server=%1). Please ask the county or town for a new enrolment QR code.</translation>
    </message>
    <message>
        <source>登记链接里没有登记码，或登记码的格式不对（code=%1）。请向县或镇要一个新的登记二维码。</source>
        <translation>The enrolment link has no enrolment code, or the code has the wrong format (code=%1). Please ask the county or town for a new enrolment QR code.</translation>
    </message>
    <message>
        <source>登记链接里的证书指纹不对（fp=%1），应为 64 位十六进制数字。请向县或镇要一个新的登记二维码。</source>
        <translation>The certificate fingerprint in the enrolment link is wrong (fp=%1); it should be 64 hexadecimal digits. Please ask the county or town for a new enrolment QR code.</translation>
    </message>
</context>
</TS>

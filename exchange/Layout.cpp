#include "Layout.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace junheng {

namespace {

LayoutColumn col(const char *header, const char *fieldId, ValueKind kind = ValueKind::Plain,
                 bool required = false, QStringList aliases = {}, QHash<QString, QString> values = {})
{
    return LayoutColumn{
        QString::fromUtf8(header), std::move(aliases), QString::fromUtf8(fieldId), kind, required,
        std::move(values)};
}

// 国家学生体质健康标准数据上报 (DOMAIN.md §7), in the national system's column order.
Layout fitness()
{
    using K = ValueKind;
    Layout layout{
        "fitness",    "S6", QString::fromUtf8(QT_TRANSLATE_NOOP("Layout", "国家学生体质健康标准数据上报")),
        "student_id", true, {}};
    layout.columns = {
        col("年级编号", "grade_code", K::GradeCode, true, {"年级代码", "年级"}),
        col("班级编号", "class_code", K::Code, false, {"班级代码", "班号"}),
        col("班级名称", "class_name", K::Code, false, {"班级", "班名"}),
        col("学籍号", "student_id", K::Code, true, {"学籍编号", "全国学籍号", "学号", "学生编号"}),
        col("民族代码", "ethnicity", K::Ethnicity, false, {"民族"}),
        col("姓名", "name", K::Code, true, {"学生姓名"}),
        col("性别", "sex", K::Sex, true),
        col("出生日期", "birth_date", K::Date, false, {"出生年月日", "生日"}),
        col("家庭住址", "address", K::Code, false, {"住址", "家庭地址"}),
        col("身高", "height", K::Plain, false, {"身高cm"}),
        col("体重", "weight", K::Plain, false, {"体重kg"}),
        col("肺活量", "lung", K::Plain, false, {"肺活量ml"}),
        col("50米跑", "run50", K::Plain, false, {"50米", "50m跑", "50米跑秒"}),
        col("坐位体前屈", "sit_reach", K::Plain, false, {"坐位体前屈cm"}),
        col("一分钟跳绳", "rope", K::Plain, false, {"1分钟跳绳", "跳绳"}),
        col("一分钟仰卧起坐", "situps", K::Plain, false, {"1分钟仰卧起坐", "仰卧起坐"}),
        col("50米×8往返跑", "shuttle50x8", K::Duration, false, {"50米×8", "50×8往返跑", "50m×8往返跑"}),
        col("立定跳远", "long_jump", K::Plain, false, {"立定跳远cm"}),
        col("引体向上", "pullups", K::Plain, false),
        col("1000米跑", "run1000", K::Duration, false, {"1000米", "1000m跑"}),
        col("800米跑", "run800", K::Duration, false, {"800米", "800m跑"}),
        col("左眼裸眼视力", "ua_left", K::Plain, false, {"左眼视力"}),
        col("右眼裸眼视力", "ua_right", K::Plain, false, {"右眼视力"}),
    };
    return layout;
}

// Myopia screening devices' export (DOMAIN.md §7).
Layout myopia()
{
    using K = ValueKind;
    Layout layout{"myopia",     "S5",  QString::fromUtf8(QT_TRANSLATE_NOOP("Layout", "近视筛查")),
                  "student_id", false, {}};
    const QHash<QString, QString> glasses{
        {"无", "none"},           {"不戴", "none"},       {"否", "none"},        {"框架", "spectacles"},
        {"框架镜", "spectacles"}, {"眼镜", "spectacles"}, {"隐形", "contacts"},  {"隐形眼镜", "contacts"},
        {"OK镜", "ortho_k"},      {"ok镜", "ortho_k"},    {"塑形镜", "ortho_k"}, {"角膜塑形", "ortho_k"}};
    layout.columns = {
        col("学籍号", "student_id", K::Code, true, {"学籍编号", "全国学籍号", "学号", "学生编号"}),
        col("姓名", "name", K::Code, true, {"学生姓名"}),
        col("性别", "sex", K::Sex, true),
        col("出生日期", "birth_date", K::Date, false, {"出生年月日", "生日"}),
        col("年级", "grade", K::Grade, true, {"年级名称"}),
        col("班级", "class_name", K::Code, false, {"班级名称", "班名"}),
        col("筛查日期", "screening_date", K::Date, false, {"检查日期", "检测日期"}),
        col("戴镜类型", "glasses", K::Plain, false, {"戴镜情况", "是否戴镜", "戴镜"}, glasses),
        col("右眼裸眼视力", "ua_right", K::Plain, false, {"右眼裸眼远视力", "裸眼视力右", "右眼视力"}),
        col("左眼裸眼视力", "ua_left", K::Plain, false, {"左眼裸眼远视力", "裸眼视力左", "左眼视力"}),
        col("右眼矫正视力", "ca_right", K::Plain, false, {"矫正视力右"}),
        col("左眼矫正视力", "ca_left", K::Plain, false, {"矫正视力左"}),
        col("右眼球镜", "sph_right", K::Plain, false, {"右眼球镜度", "右眼S", "球镜右"}),
        col("右眼柱镜", "cyl_right", K::Plain, false, {"右眼柱镜度", "右眼C", "柱镜右"}),
        col("右眼轴位", "axis_right", K::Plain, false, {"右眼轴向", "右眼A", "轴位右"}),
        col("左眼球镜", "sph_left", K::Plain, false, {"左眼球镜度", "左眼S", "球镜左"}),
        col("左眼柱镜", "cyl_left", K::Plain, false, {"左眼柱镜度", "左眼C", "柱镜左"}),
        col("左眼轴位", "axis_left", K::Plain, false, {"左眼轴向", "左眼A", "轴位左"}),
    };
    return layout;
}

// Teacher lists differ from school to school: these are the usual headers; others are mapped by hand.
Layout teachers()
{
    using K = ValueKind;
    Layout layout{"teachers", "S3",  QString::fromUtf8(QT_TRANSLATE_NOOP("Layout", "教师名册")),
                  "staff_no", false, {}};
    const QHash<QString, QString> degrees{{"大专", "junior_college"},       {"专科", "junior_college"},
                                          {"大学本科", "bachelor"},         {"研究生", "master"},
                                          {"硕士研究生", "master"},         {"博士研究生", "doctor"},
                                          {"中师", "secondary_vocational"}, {"高中", "high_school"},
                                          {"初中", "high_school"}};
    const QHash<QString, QString> backbone{
        {"否", "none"},         {"不是", "none"},       {"校级骨干", "school"},   {"县级骨干", "county"},
        {"区级", "county"},     {"区级骨干", "county"}, {"市级骨干", "city"},     {"省级骨干", "province"},
        {"国家级", "national"}, {"特级", "national"},   {"特级教师", "national"}, {"国家级骨干", "national"}};
    const QHash<QString, QString> establishment{
        {"是", "staffed"},      {"否", "contract"},   {"编内", "staffed"},   {"有编制", "staffed"},
        {"无编制", "contract"}, {"聘用", "contract"}, {"合同制", "contract"}};
    const QHash<QString, QString> subjects{{"思想品德", "morality"},   {"道德与法治", "morality"},
                                           {"品德与社会", "morality"}, {"信息", "it"},
                                           {"计算机", "it"},           {"心理", "psychology"},
                                           {"劳动技术", "labour"},     {"体育与健康", "pe"}};
    const QHash<QString, QString> stage{{"小学部", "primary"}, {"初中部", "junior"}, {"中学", "junior"}};
    layout.columns = {
        col("姓名", "name", K::Code, true, {"教师姓名"}),
        col("工号", "staff_no", K::Code, true, {"教师编号", "职工号", "人员编号", "编号", "教职工号"}),
        col("性别", "sex", K::Sex, false),
        col("出生年份", "birth_year", K::BirthYear, false, {"出生年月", "出生日期", "出生年"}),
        col("是否专任教师", "full_time", K::Plain, false, {"专任教师", "专任"}),
        col("任教学段", "stage", K::Plain, false, {"学段"}, stage),
        col("主教学科", "subject", K::Plain, false, {"任教学科", "学科", "主要任教学科"}, subjects),
        col("最高学历", "degree", K::Plain, false, {"学历"}, degrees),
        col("教师资格证", "certificate", K::Plain, false, {"是否有教师资格证", "有无教师资格证", "教师资格"}),
        col("骨干级别", "backbone", K::Plain, false, {"骨干教师", "骨干教师级别", "骨干"}, backbone),
        col("编制", "establishment", K::Plain, false, {"是否在编", "编制情况"}, establishment),
        col("五年培训学时", "training_hours", K::Plain, false, {"培训学时", "继续教育学时"}),
        col("符合交流条件", "rotation_eligible", K::Plain, false, {"是否符合交流条件"}),
        col("本年度交流轮岗", "rotated", K::Plain, false, {"交流轮岗", "是否交流轮岗"}),
    };
    return layout;
}

} // namespace

QString Layout::displayTitle() const
{
    return QCoreApplication::translate("Layout", title.toUtf8().constData());
}

const LayoutColumn *Layout::column(const QString &fieldId) const
{
    for (const LayoutColumn &c : columns) {
        if (c.fieldId == fieldId)
            return &c;
    }
    return nullptr;
}

const QList<Layout> &Layout::all()
{
    static const QList<Layout> layouts{fitness(), myopia(), teachers()};
    return layouts;
}

const Layout *Layout::byId(const QString &id)
{
    for (const Layout &layout : all()) {
        if (layout.id == id)
            return &layout;
    }
    return nullptr;
}

const Layout *Layout::forForm(const QString &formId)
{
    for (const Layout &layout : all()) {
        if (layout.formId.compare(formId, Qt::CaseInsensitive) == 0)
            return &layout;
    }
    return nullptr;
}

QString Layout::canonicalHeader(const QString &header)
{
    static const QRegularExpression unit(QStringLiteral("[(\\[][^()\\[\\]]*[)\\]]"));
    QString text = ValueNormaliser::halfWidth(header);
    text.replace(QChar(0x3010), QLatin1Char('[')).replace(QChar(0x3011), QLatin1Char(']')); // 【】
    text.remove(unit);
    static const QRegularExpression space(QStringLiteral("\\s"));
    text.remove(space);
    for (QChar &c : text) {
        if (c == QLatin1Char('x') || c == QLatin1Char('X') || c == QLatin1Char('*'))
            c = QChar(0x00D7);
    }
    return text.toLower();
}

} // namespace junheng

// GuaranteeItems::county: the county-level items of DOMAIN §4.2 and §4.3 from C1 and the schools' sums.
#include "GuaranteeItems.h"

#include <QCoreApplication>

namespace junheng {

namespace {

QString pct(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

ItemResult missingItem(const QString &code, const QString &title, const QStringList &fields)
{
    return ItemResult::notComputed(
        code, title, fields,
        QCoreApplication::translate("GuaranteeCounty", "未计算：缺少 %1")
            .arg(fields.join(QCoreApplication::translate("GuaranteeCounty", "、"))));
}

ItemResult ratio(const QString &code, const QString &title, const ThresholdProfile &profile,
                 const QString &key, std::optional<int> numerator, std::optional<int> denominator,
                 const QStringList &fields)
{
    if (!numerator || !denominator)
        return missingItem(code, title, fields);
    ItemResult item;
    item.code = code;
    item.title = title;
    item.unit = QStringLiteral("%");
    item.threshold = profile.get(key);
    if (*denominator <= 0) {
        item.state = ItemState::NotApplicable;
        item.detail =
            QCoreApplication::translate("GuaranteeCounty", "%1 为 0，本项不适用").arg(fields.value(1));
        return item;
    }
    item.value = double(*numerator) / *denominator;
    item.state = meets(*item.value, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
    item.detail = QCoreApplication::translate("GuaranteeCounty", "%1 ÷ %2 = %3，要求 ≥ %4")
                      .arg(*numerator)
                      .arg(*denominator)
                      .arg(pct(*item.value), pct(item.threshold->value));
    return item;
}

// A yes/no item: yes with evidence passes, yes without evidence waits for it, no fails.
ItemResult flagItem(const CountyForm &c1, const QString &key, const QString &code, const QString &title)
{
    const EvidenceItem flag = c1.flags.value(key);
    if (!flag.value)
        return missingItem(code, title, {QStringLiteral("C1.") + key});
    ItemResult item;
    item.code = code;
    item.title = title;
    item.evidence = flag.evidence;
    if (!*flag.value) {
        item.state = ItemState::Fail;
        item.detail = QCoreApplication::translate("GuaranteeCounty", "填报为“否”");
    } else if (flag.evidence.isEmpty()) {
        item.state = ItemState::NeedsEvidence;
        item.missing << QStringLiteral("C1.") + key + QStringLiteral("_evidence");
        item.detail = QCoreApplication::translate("GuaranteeCounty", "填报为“是”，但还没有上传佐证材料");
    } else {
        item.state = ItemState::Pass;
        item.detail = QCoreApplication::translate("GuaranteeCounty", "填报为“是”，佐证材料 %1 份")
                          .arg(flag.evidence.size());
    }
    return item;
}

} // namespace

QList<ItemResult> GuaranteeItems::county(const CountyData &county, const ThresholdProfile &profile)
{
    QList<ItemResult> items;

    // Migrant children over the whole county (the item is the county's).
    {
        std::optional<int> inPublic = 0, total = 0;
        QStringList missing;
        for (const SchoolData &school : county.schools) {
            if (!school.profile || !school.profile->migrantTotal || !school.profile->migrantPublic) {
                missing << school.name;
                continue;
            }
            *inPublic += *school.profile->migrantPublic;
            *total += *school.profile->migrantTotal;
        }
        ItemResult item = ratio(
            "G_migrant_county",
            QCoreApplication::translate("GuaranteeCounty", "全县随迁子女在公办学校和政府购买学位就读比例"),
            profile, "migrant_public", inPublic, total,
            {"S1.migrant_public", QCoreApplication::translate("GuaranteeCounty", "随迁子女数")});
        if (!missing.isEmpty()) {
            item = missingItem(item.code, item.title, {QStringLiteral("S1.migrant_total / migrant_public")});
            item.detail += QCoreApplication::translate("GuaranteeCounty", "（%1 所学校：%2）")
                               .arg(missing.size())
                               .arg(missing.join(QCoreApplication::translate("GuaranteeCounty", "、")));
        }
        items << item;
    }

    const QString title = QCoreApplication::translate("GuaranteeCounty", "C1 县级保障与质量");
    if (!county.form) {
        items << missingItem("G_county_form", title, {QStringLiteral("C1")});
        return items;
    }
    const CountyForm &c1 = *county.form;

    {
        const QString t = QCoreApplication::translate("GuaranteeCounty", "教师平均工资收入不低于公务员");
        if (!c1.teacherAvgPay || !c1.civilServantAvgPay) {
            items << missingItem("G_teacher_pay", t, {"C1.teacher_avg_pay", "C1.civil_servant_avg_pay"});
        } else {
            ItemResult item;
            item.code = QStringLiteral("G_teacher_pay");
            item.title = t;
            item.unit = QCoreApplication::translate("GuaranteeCounty", "元/年");
            item.value = *c1.teacherAvgPay;
            item.threshold =
                Threshold{"civil_servant_avg_pay", *c1.civilServantAvgPay,
                          QCoreApplication::translate("GuaranteeCounty", "C1 填报的当地公务员平均工资收入"),
                          profile.id(), profile.name()};
            item.state = meets(*c1.teacherAvgPay, *c1.civilServantAvgPay) ? ItemState::Pass : ItemState::Fail;
            item.detail = QCoreApplication::translate("GuaranteeCounty", "教师 %1 元，公务员 %2 元")
                              .arg(*c1.teacherAvgPay, 0, 'f', 0)
                              .arg(*c1.civilServantAvgPay, 0, 'f', 0);
            items << item;
        }
    }
    {
        const QString t = QCoreApplication::translate("GuaranteeCounty", "特殊教育学校生均公用经费");
        if (!c1.specialEdFundsPerStudent) {
            items << missingItem("G_special_ed_funds", t, {"C1.special_ed_funds_per_student"});
        } else {
            ItemResult item;
            item.code = QStringLiteral("G_special_ed_funds");
            item.title = t;
            item.unit = QCoreApplication::translate("GuaranteeCounty", "元");
            item.value = *c1.specialEdFundsPerStudent;
            item.threshold = profile.get("special_ed_funds");
            item.state = meets(*item.value, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
            item.detail = QCoreApplication::translate("GuaranteeCounty", "%1 元，要求不低于 %2 元")
                              .arg(*item.value)
                              .arg(item.threshold->value);
            items << item;
        }
    }
    items << ratio("G_hs_places", QCoreApplication::translate("GuaranteeCounty", "优质高中招生名额分配比例"),
                   profile, "hs_places", c1.hsPlacesAllocated, c1.hsPlacesTotal,
                   {"C1.quality_hs_places_allocated", "C1.quality_hs_places_total"});
    {
        ItemResult item = ratio("Q_retention",
                                QCoreApplication::translate("GuaranteeCounty", "初中%1年巩固率")
                                    .arg(int(profile.value("retention.years")) == 4
                                             ? QCoreApplication::translate("GuaranteeCounty", "四")
                                             : QCoreApplication::translate("GuaranteeCounty", "三")),
                                profile, "retention.rate", c1.retentionCohortEnd, c1.retentionCohortStart,
                                {"C1.retention_cohort_end", "C1.retention_cohort_start"});
        items << item;
    }
    items << ratio("Q_disability", QCoreApplication::translate("GuaranteeCounty", "残疾儿童少年入学率"),
                   profile, "disability_enrolment", c1.disabledEnrolled, c1.disabledSchoolAge,
                   {"C1.disabled_enrolled", "C1.disabled_school_age"});
    {
        const QString t =
            QCoreApplication::translate("GuaranteeCounty", "国家义务教育质量监测（学业水平与校际差异率）");
        if (!c1.monitoringLevel || !c1.monitoringDiffRate) {
            QStringList missing;
            if (!c1.monitoringLevel)
                missing << QStringLiteral("C1.monitoring_level");
            if (!c1.monitoringDiffRate)
                missing << QStringLiteral("C1.monitoring_diff_rate");
            items << missingItem("Q_monitoring", t, missing);
        } else {
            ItemResult item;
            item.code = QStringLiteral("Q_monitoring");
            item.title = t;
            item.value = *c1.monitoringLevel;
            item.threshold = profile.get("monitoring.level");
            const double maxDiff = profile.value("monitoring.diff_rate");
            const bool levelOk = *c1.monitoringLevel >= item.threshold->value;
            const bool diffOk = meets(*c1.monitoringDiffRate, maxDiff, "<");
            item.state = levelOk && diffOk ? ItemState::Pass : ItemState::Fail;
            static const char *roman[] = {"", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"};
            const int level = std::clamp(*c1.monitoringLevel, 0, 4);
            item.detail =
                QCoreApplication::translate(
                    "GuaranteeCounty", "最低学业水平 %1（要求 Ⅲ 及以上）%2；校际差异率 %3（要求低于 %4）%5")
                    .arg(QString::fromUtf8(roman[level]),
                         levelOk ? QCoreApplication::translate("GuaranteeCounty", "达标")
                                 : QCoreApplication::translate("GuaranteeCounty", "未达标"))
                    .arg(*c1.monitoringDiffRate)
                    .arg(maxDiff)
                    .arg(diffOk ? QCoreApplication::translate("GuaranteeCounty", "达标")
                                : QCoreApplication::translate("GuaranteeCounty", "未达标"));
            items << item;
        }
    }
    {
        const QString t = QCoreApplication::translate("GuaranteeCounty", "社会认可度");
        if (!c1.socialRecognitionRate) {
            items << missingItem("Q_social_recognition", t, {"C1.social_recognition_rate"});
        } else {
            ItemResult item;
            item.code = QStringLiteral("Q_social_recognition");
            item.title = t;
            item.unit = QStringLiteral("%");
            item.value = *c1.socialRecognitionRate / 100.0;
            item.threshold = profile.get("social_recognition");
            item.state = meets(*item.value, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
            item.detail = QCoreApplication::translate("GuaranteeCounty", "%1，要求 ≥ %2")
                              .arg(pct(*item.value), pct(item.threshold->value));
            items << item;
        }
    }

    static const QList<std::pair<const char *, const char *>> flags{
        {"performance_pay_done", QT_TRANSLATE_NOOP("GuaranteeCounty", "绩效工资核定")},
        {"staffing_allocation_done", QT_TRANSLATE_NOOP("GuaranteeCounty", "教职工编制统筹配置")},
        {"layout_planned", QT_TRANSLATE_NOOP("GuaranteeCounty", "学校布局规划")},
        {"unified_standards", QT_TRANSLATE_NOOP("GuaranteeCounty", "城乡统一的建设和配置标准")},
        {"curriculum_ok", QT_TRANSLATE_NOOP("GuaranteeCounty", "国家课程开齐开足")},
        {"moral_education_ok", QT_TRANSLATE_NOOP("GuaranteeCounty", "德育工作")},
        {"burden_ok", QT_TRANSLATE_NOOP("GuaranteeCounty", "减轻学生课业负担")}};
    for (const auto &[key, name] : flags)
        items << flagItem(c1, QLatin1String(key), QStringLiteral("E_") + QLatin1String(key),
                          QCoreApplication::translate("GuaranteeCounty", name));

    // Veto items: any one that happened fails the county whatever else holds.
    static const QList<std::pair<const char *, const char *>> vetoes{
        {"veto_exam_admission", QT_TRANSLATE_NOOP("GuaranteeCounty", "以考试方式招生")},
        {"veto_illegal_choice", QT_TRANSLATE_NOOP("GuaranteeCounty", "违规择校")},
        {"veto_key_schools", QT_TRANSLATE_NOOP("GuaranteeCounty", "设重点校或重点班")}};
    ItemResult veto;
    veto.code = QStringLiteral("V_veto");
    veto.title = QCoreApplication::translate("GuaranteeCounty", "一票否决项");
    QStringList happened, unknown;
    for (const auto &[key, name] : vetoes) {
        const EvidenceItem flag = c1.flags.value(QLatin1String(key));
        if (!flag.value)
            unknown << QStringLiteral("C1.") + QLatin1String(key);
        else if (*flag.value)
            happened << QCoreApplication::translate("GuaranteeCounty", name);
    }
    if (!happened.isEmpty()) {
        veto.state = ItemState::Fail;
        veto.detail = QCoreApplication::translate("GuaranteeCounty", "存在一票否决情形：%1。全县评估不通过")
                          .arg(happened.join(QCoreApplication::translate("GuaranteeCounty", "、")));
    } else if (!unknown.isEmpty()) {
        veto.missing = unknown;
        veto.detail = QCoreApplication::translate("GuaranteeCounty", "未计算：缺少 %1")
                          .arg(unknown.join(QCoreApplication::translate("GuaranteeCounty", "、")));
    } else {
        veto.state = ItemState::Pass;
        veto.detail = QCoreApplication::translate("GuaranteeCounty", "没有一票否决情形");
    }
    items << veto;
    return items;
}

} // namespace junheng

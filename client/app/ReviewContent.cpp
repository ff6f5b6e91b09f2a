#include "ReviewContent.h"

#include "AssessmentReport.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace junheng::ReviewContent {

namespace {

QString severityName(Severity severity)
{
    return severity == Severity::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QVariantMap itemMap(const QString &section, const ItemResult &item, const QString &extra = {})
{
    return {{"section", section},
            {"code", item.code},
            {"title", item.title},
            {"state", itemStateName(item.state)},
            {"stateLabel", itemStateLabel(item.state)},
            {"detail", QString(item.detail + extra)}};
}

// This school's records of one form: the single record, or every row of a roster (a page at a time).
void collect(LocalStore &store, const FormCatalog &catalog, const QString &formId, const QString &schoolCode,
             const QString &cycle, QList<FormRecord> &records)
{
    const FormDefinition *form = catalog.find(formId);
    if (!form)
        return;
    if (form->kind == FormKind::Single) {
        if (const auto record = store.singleRecord(formId, schoolCode, cycle))
            records << FormRecord{formId, schoolCode, cycle, record->payload};
        return;
    }
    RosterQuery query;
    query.schoolCode = schoolCode;
    query.cycle = cycle;
    query.limit = 1000;
    for (;;) {
        auto page = store.rosterPage(*form, query);
        if (!page || page.value().isEmpty())
            return;
        for (const RosterRow &row : page.value())
            records << FormRecord{formId, schoolCode, cycle, row.record.payload};
        if (page.value().size() < query.limit)
            return;
        query.offset += query.limit;
    }
}

} // namespace

QString valueText(const FormField &field, const QJsonValue &value)
{
    if (isEmpty(value))
        return QCoreApplication::translate("ReviewContent", "（未填）");
    if (field.type == FieldType::Choice && value.isString())
        return field.choiceText(value.toString());
    return Validator::displayText(field, value);
}

QString rowTitle(const FormDefinition &form, const QJsonObject &payload)
{
    QStringList keys;
    for (const QString &id : form.key) {
        const FormField *field = form.field(id);
        if (field && !isEmpty(payload.value(id)))
            keys << field->label.text() + QLatin1Char(' ') + valueText(*field, payload.value(id));
    }
    const QString name = payload.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return keys.isEmpty() ? QCoreApplication::translate("ReviewContent", "（没有编号的行）")
                              : keys.join(QCoreApplication::translate("ReviewContent", "，"));
    return keys.isEmpty() ? name
                          : QCoreApplication::translate("ReviewContent", "%1（%2）")
                                .arg(name, keys.join(QCoreApplication::translate("ReviewContent", "，")));
}

QVariantList fieldItems(const FormDefinition &form, const QJsonObject &payload)
{
    const ValidationReport report = Validator::validate(form, payload);
    QVariantList items;
    for (const FormField &field : form.fields) {
        if (!Validator::isRelevant(field, payload))
            continue;
        QStringList messages, reasons;
        QString severity;
        for (const ValidationIssue &issue : report.forField(field.id)) {
            messages << issue.message;
            if (!issue.reason.trimmed().isEmpty())
                reasons << issue.reason.trimmed();
            if (issue.severity == Severity::Hard)
                severity = QStringLiteral("hard");
            else if (severity.isEmpty())
                severity = QStringLiteral("soft");
        }
        items << QVariantMap{{"fieldId", field.id},
                             {"label", field.label.text()},
                             {"unit", isEmpty(payload.value(field.id)) ? QString() : field.unitText()},
                             {"value", valueText(field, payload.value(field.id))},
                             {"severity", severity},
                             {"message", messages.join(QLatin1Char('\n'))},
                             {"reason", reasons.join(QCoreApplication::translate("ReviewContent", "；"))}};
    }
    return items;
}

QVariantList issueItems(const FormDefinition &form, const ValidationReport &report)
{
    QVariantList hard, soft;
    for (const ValidationIssue &issue : report.issues) {
        const FormField *field = form.field(issue.fieldId);
        const QVariantMap item{{"fieldId", issue.fieldId},
                               {"label", field ? field->label.text() : QString()},
                               {"severity", severityName(issue.severity)},
                               {"message", issue.message},
                               {"reason", issue.reason.trimmed()}};
        (issue.severity == Severity::Hard ? hard : soft) << item;
    }
    return hard + soft;
}

QString rowSummary(const FormDefinition &form, const QJsonObject &payload)
{
    QStringList parts;
    for (const FormField &field : form.fields) {
        if (form.key.contains(field.id) || field.id == QLatin1String("name") ||
            isEmpty(payload.value(field.id)) || field.type == FieldType::Attachment)
            continue;
        const QString unit = field.unitText();
        parts << field.label.text() + QLatin1Char(' ') + valueText(field, payload.value(field.id)) +
                     (unit.isEmpty() || field.type == FieldType::Duration ? QString()
                                                                          : QLatin1Char(' ') + unit);
    }
    return parts.join(QCoreApplication::translate("ReviewContent", "，"));
}

QVariantList indicatorItems(LocalStore &store, const FormCatalog &catalog, const QString &schoolCode,
                            const QString &cycle, const QString &formId, QString *summary)
{
    QVariantList items;
    static const QStringList resourceForms{"S1", "S2", "S3", "S4"};
    QStringList forms;
    if (resourceForms.contains(formId))
        forms = resourceForms;
    else if (formId == QLatin1String("S5") || formId == QLatin1String("S6"))
        forms = {formId};
    if (forms.isEmpty()) {
        if (summary)
            *summary = QCoreApplication::translate("ReviewContent", "这份表不直接算出本校的指标。");
        return items;
    }
    const std::optional<CycleInfo> info = store.cycle(cycle);
    const QString profileId = info && !info->profile.isEmpty() ? info->profile : QStringLiteral("national");
    auto profile = ThresholdProfile::load(profileId);
    if (!profile)
        profile = ThresholdProfile::load(QStringLiteral("national"));
    static const Result<FitnessStandard> standard = FitnessStandard::load();
    if (!profile || !standard) {
        if (summary)
            *summary = !profile ? profile.error().message : standard.error().message;
        return items;
    }

    QList<FormRecord> records;
    for (const QString &id : forms)
        collect(store, catalog, id, schoolCode, cycle, records);
    ReportScope scope;
    scope.cycle = cycle;
    scope.schoolDevice = true; // one school: its own units, no county items or coefficients
    scope.schoolCode = schoolCode;
    const std::optional<Enrolment> enrolment = store.enrolment();
    if (enrolment)
        scope.countyName = enrolment->countyName;
    for (const DirectorySchool &school : store.directory())
        if (school.code == schoolCode) {
            scope.schoolName = school.name;
            scope.townName = school.townName;
        }
    const AssessmentReport report = AssessmentReport::compute(
        ReportInputs::fromRecords(records, scope, profile.value()), profile.value(), standard.value());

    QStringList line;
    if (resourceForms.contains(formId)) {
        for (const UnitAssessment &unit : report.units) {
            const QString section = QCoreApplication::translate("ReviewContent", "资源配置 · %1部")
                                        .arg(stageLabel(unit.unit.stage));
            for (const ItemResult &item : unit.indicators)
                items << itemMap(section, item);
            QStringList steps;
            for (const Addition &addition : unit.plan)
                steps << addition.text;
            items << itemMap(section, unit.rule,
                             steps.isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate("ReviewContent", "。要达标，最少需要：%1")
                                       .arg(steps.join(QCoreApplication::translate("ReviewContent", "；"))));
            int passing = 0;
            for (const ItemResult &item : unit.indicators)
                passing += item.passed() ? 1 : 0;
            line << QCoreApplication::translate("ReviewContent", "%1部 %2（7 项中 %3 项达到）")
                        .arg(stageLabel(unit.unit.stage), itemStateLabel(unit.rule.state))
                        .arg(passing);
        }
        for (const QString &why : report.excluded)
            items << QVariantMap{
                {"section", QCoreApplication::translate("ReviewContent", "资源配置")},
                {"code", QString()},
                {"title", QCoreApplication::translate("ReviewContent", "不参加资源配置评估")},
                {"state", QStringLiteral("not_applicable")},
                {"stateLabel", itemStateLabel(ItemState::NotApplicable)},
                {"detail", why}};
        for (const auto &entry : report.schoolItems)
            for (const ItemResult &item : entry.second)
                items << itemMap(QCoreApplication::translate("ReviewContent", "政府保障与教育质量"), item);
    } else if (formId == QLatin1String("S6")) {
        for (const FitnessGroup &group : report.fitnessGroups)
            if (group.level == QLatin1String("school")) {
                items << itemMap(QCoreApplication::translate("ReviewContent", "体质健康"),
                                 group.excellentGoodRate)
                      << itemMap(QCoreApplication::translate("ReviewContent", "体质健康"), group.passRate);
                line << QCoreApplication::translate("ReviewContent",
                                                    "测试 %1 人，优良 %2 人，及格 %3 人，不及格 %4 人")
                            .arg(group.tested)
                            .arg(group.excellent + group.good)
                            .arg(group.passed)
                            .arg(group.failed);
            }
    } else {
        for (const MyopiaGroup &group : report.myopiaGroups)
            if (group.level == QLatin1String("school")) {
                ItemResult rate;
                rate.code = QStringLiteral("M_rate");
                rate.title = QCoreApplication::translate("ReviewContent", "近视率");
                rate.state = group.rate ? ItemState::NotApplicable : ItemState::NotComputed;
                rate.detail = group.rate
                                  ? QCoreApplication::translate(
                                        "ReviewContent",
                                        "有效筛查 %1 人，近视 %2 人，近视率 %3%（低度 %4，中度 %5，高度 %6；"
                                        "无效记录 %7 条）")
                                        .arg(group.screened)
                                        .arg(group.myopic)
                                        .arg(*group.rate * 100, 0, 'f', 1)
                                        .arg(group.low)
                                        .arg(group.moderate)
                                        .arg(group.high)
                                        .arg(group.invalid)
                                  : QCoreApplication::translate("ReviewContent",
                                                                "未计算：没有有效的筛查记录（无效 %1 条）")
                                        .arg(group.invalid);
                items << itemMap(QCoreApplication::translate("ReviewContent", "近视"), rate);
                if (group.rate)
                    line << QCoreApplication::translate("ReviewContent", "近视率 %1%")
                                .arg(*group.rate * 100, 0, 'f', 1);
            }
    }
    if (summary)
        *summary =
            line.isEmpty()
                ? QCoreApplication::translate("ReviewContent", "数据还不够，算不出指标（见下面各项缺什么）。")
                : line.join(QCoreApplication::translate("ReviewContent", "；"));
    return items;
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("submitted"))
        return QCoreApplication::translate("ReviewContent", "待审核");
    if (state == QLatin1String("returned"))
        return QCoreApplication::translate("ReviewContent", "已退回");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("ReviewContent", "已通过");
    if (state == QLatin1String("draft"))
        return QCoreApplication::translate("ReviewContent", "填报中");
    return QCoreApplication::translate("ReviewContent", "未开始");
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("school"))
        return QCoreApplication::translate("ReviewContent", "学校");
    if (role == QLatin1String("town"))
        return QCoreApplication::translate("ReviewContent", "镇街");
    if (role == QLatin1String("county"))
        return QCoreApplication::translate("ReviewContent", "县");
    return role;
}

} // namespace junheng::ReviewContent

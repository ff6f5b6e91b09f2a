// Data-driven: every numeric field of every built-in form, at, just inside and just outside each hard
// and each usual bound; and every form's fixture payload is clean.
#include "FormFixtures.h"
#include "Validator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace junheng;

namespace {

struct Bound
{
    QString formId;
    QString fieldId;
    QString kind; // "min", "max", "soft_min", "soft_max"
    double value;
    int usualWhen = -1; // soft bounds of the field's usual_when[usualWhen]; -1: the field's own
};

QString boundName(const Bound &bound)
{
    QString name = bound.formId + "_" + bound.fieldId + "_" + bound.kind;
    if (bound.usualWhen >= 0)
        name += QStringLiteral("_when%1").arg(bound.usualWhen);
    return name;
}

std::ostream &operator<<(std::ostream &out, const Bound &bound)
{
    return out << bound.formId.toStdString() << "." << bound.fieldId.toStdString() << "."
               << bound.kind.toStdString() << "=" << bound.value << " usual_when " << bound.usualWhen;
}

bool isNumeric(const FormField &field)
{
    return field.type == FieldType::Integer || field.type == FieldType::Decimal ||
           field.type == FieldType::Duration || field.type == FieldType::DecimalList;
}

double stepOf(const FormField &field)
{
    if (field.type == FieldType::Decimal || field.type == FieldType::DecimalList)
        return std::pow(10.0, -field.precision);
    return 1;
}

std::vector<Bound> allBounds()
{
    std::vector<Bound> bounds;
    for (const FormDefinition &form : fixtures::catalog().forms()) {
        for (const FormField &field : form.fields) {
            if (!isNumeric(field) || field.isComputed())
                continue;
            const std::pair<const char *, std::optional<double>> limits[] = {{"min", field.min},
                                                                             {"max", field.max},
                                                                             {"soft_min", field.softMin},
                                                                             {"soft_max", field.softMax}};
            for (const auto &[kind, value] : limits) {
                if (value)
                    bounds.push_back({form.id, field.id, QString::fromLatin1(kind), *value});
            }
            for (int i = 0; i < field.usualWhen.size(); ++i) {
                if (field.usualWhen[i].softMin)
                    bounds.push_back({form.id, field.id, "soft_min", *field.usualWhen[i].softMin, i});
                if (field.usualWhen[i].softMax)
                    bounds.push_back({form.id, field.id, "soft_max", *field.usualWhen[i].softMax, i});
            }
        }
    }
    return bounds;
}

// The usual_when entry that applies to a payload (the first that holds), or -1.
int usualWhenFor(const FormField &field, const QJsonObject &payload)
{
    for (int i = 0; i < field.usualWhen.size(); ++i) {
        if (field.usualWhen[i].when.matches(payload))
            return i;
    }
    return -1;
}

// A base payload in which the field is relevant and the bound's range applies.
std::optional<QJsonObject> baseFor(const FormDefinition &form, const FormField &field, const Bound &bound)
{
    const bool soft = bound.kind.startsWith("soft");
    for (const QJsonObject &payload : fixtures::basePayloads(form.id)) {
        if (Validator::isRelevant(field, payload) &&
            (!soft || usualWhenFor(field, payload) == bound.usualWhen))
            return payload;
    }
    // The field's own usual range is the fallback when no usual_when holds: a row without the fields the
    // conditions read (e.g. no grade code yet).
    if (soft && bound.usualWhen < 0) {
        QSet<QString> read;
        for (const ConditionalRange &range : field.usualWhen)
            range.when.collectFields(read);
        for (QJsonObject payload : fixtures::basePayloads(form.id)) {
            for (const QString &id : read)
                payload.remove(id);
            if (Validator::isRelevant(field, payload) && usualWhenFor(field, payload) < 0)
                return payload;
        }
    }
    return std::nullopt;
}

QJsonObject with(QJsonObject payload, const FormField &field, double value)
{
    if (field.type == FieldType::DecimalList)
        payload.insert(field.id, QJsonArray{value});
    else
        payload.insert(field.id, value);
    return payload;
}

bool has(const ValidationReport &report, const QString &fieldId, const char *ruleId)
{
    for (const ValidationIssue &issue : report.forField(fieldId)) {
        if (issue.ruleId == QLatin1String(ruleId))
            return true;
    }
    return false;
}

class FormBounds : public ::testing::TestWithParam<Bound>
{};

TEST_P(FormBounds, AtAndInsideAreAcceptedOutsideIsFlagged)
{
    const Bound bound = GetParam();
    const FormDefinition &form = *fixtures::catalog().find(bound.formId);
    const FormField &field = *form.field(bound.fieldId);
    const auto found = baseFor(form, field, bound);
    ASSERT_TRUE(found) << "no fixture makes " << bound << " apply";
    const QJsonObject base = *found;
    const bool lower = bound.kind.endsWith("min");
    const bool hard = !bound.kind.startsWith("soft");
    const char *rule = hard ? "range" : "usual_range";
    const double step = stepOf(field);
    const double inside = lower ? bound.value + step : bound.value - step;
    const double outside = lower ? bound.value - step : bound.value + step;

    // The fixture's other values may break count rules (one area per room): only this field's issues count.
    EXPECT_FALSE(has(Validator::validate(form, with(base, field, bound.value)), field.id, rule)) << "at";
    EXPECT_FALSE(has(Validator::validate(form, with(base, field, inside)), field.id, rule)) << "inside";
    // A usual bound just outside may fall outside the hard range too (e.g. usual max = hard max): that
    // is the hard error, also a flag.
    const ValidationReport outsideReport = Validator::validate(form, with(base, field, outside));
    EXPECT_TRUE(has(outsideReport, field.id, rule) || (!hard && has(outsideReport, field.id, "range")))
        << "outside: " << outside;
    for (const ValidationIssue &issue : outsideReport.forField(field.id)) {
        if (issue.ruleId != QLatin1String(rule))
            continue;
        EXPECT_EQ(issue.severity, hard ? Severity::Hard : Severity::Soft);
        // The message names the field and the value.
        EXPECT_TRUE(issue.message.contains(field.label.zh)) << issue.message.toStdString();
        EXPECT_TRUE(issue.message.contains(Validator::valueWithUnit(field, outside)) ||
                    issue.message.contains(Validator::formatNumber(outside)))
            << issue.message.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryNumericField, FormBounds, ::testing::ValuesIn(allBounds()),
                         [](const ::testing::TestParamInfo<Bound> &info) {
                             return boundName(info.param).toStdString();
                         });

TEST(FormBounds, EveryFormHasBoundsToTest)
{
    QSet<QString> forms;
    for (const Bound &bound : allBounds())
        forms.insert(bound.formId);
    EXPECT_EQ(forms, (QSet<QString>{"S1", "S2", "S3", "S4", "S5", "S6", "C1"}));
}

class FormFixture : public ::testing::TestWithParam<const char *>
{};

TEST_P(FormFixture, ValidPayloadsHaveNoIssueAndEveryFieldIsRelevantInOne)
{
    const FormDefinition &form = fixtures::form(GetParam());
    const QList<QJsonObject> payloads = fixtures::basePayloads(form.id);
    ASSERT_FALSE(payloads.isEmpty());
    for (const QJsonObject &payload : payloads) {
        const ValidationReport report = Validator::validate(form, payload);
        for (const ValidationIssue &issue : report.issues)
            ADD_FAILURE() << issue.message.toStdString();
    }
    for (const FormField &field : form.fields) {
        bool relevant = false;
        for (const QJsonObject &payload : payloads)
            relevant = relevant || Validator::isRelevant(field, payload);
        EXPECT_TRUE(relevant) << field.id.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryForm, FormFixture, ::testing::Values("S1", "S2", "S3", "S4", "S5", "S6", "C1"));

} // namespace

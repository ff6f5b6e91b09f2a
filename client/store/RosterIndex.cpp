#include "RosterIndex.h"

#include "Validator.h"

#include <QJsonValue>

namespace junheng {

namespace {

// Which payload keys fill the filter columns, first present wins (docs/form-fields.md: S5 has grade and
// class_name, S6 grade_code and class_name/class_code, S3 only sex and name).
const QList<std::pair<QString, QStringList>> &columnSources()
{
    static const QList<std::pair<QString, QStringList>> sources{
        {"row_grade", {"grade", "grade_code"}},
        {"row_class", {"class_name", "class_code"}},
        {"row_sex", {"sex"}},
        {"row_name", {"name"}},
    };
    return sources;
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return Validator::formatNumber(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString().trimmed();
}

QVariant columnValue(const QJsonObject &payload, const QString &field)
{
    const QJsonValue value = payload.value(field);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString().trimmed();
    return QVariant(QMetaType::fromType<QString>()); // NULL
}

// The field of this form each filter column holds (empty when the form has none of its sources).
QStringList columnFields(const FormDefinition &form)
{
    QStringList fields;
    for (const auto &source : columnSources()) {
        QString chosen;
        for (const QString &candidate : source.second) {
            if (form.field(candidate)) {
                chosen = candidate;
                break;
            }
        }
        fields << chosen;
    }
    return fields;
}

} // namespace

QString RosterIndex::keyOf(const FormDefinition &form, const QJsonObject &payload)
{
    QStringList parts;
    for (const QString &field : form.key) {
        const QString text = valueText(payload.value(field));
        if (text.isEmpty())
            return {};
        parts << text;
    }
    // U+001F (unit separator) cannot be typed into a field, so two different keys never join alike.
    return parts.join(QChar(0x1f));
}

RosterIndex RosterIndex::of(const FormDefinition &form, const QJsonObject &payload)
{
    RosterIndex index;
    if (payload.value(QStringLiteral("_deleted")).toBool()) {
        index.deleted = true;
        return index;
    }
    index.key = keyOf(form, payload);
    QVariant *targets[] = {&index.grade, &index.className, &index.sex, &index.name};
    const QStringList fields = columnFields(form);
    for (int i = 0; i < fields.size(); ++i)
        *targets[i] = columnValue(payload, fields.at(i));
    const ValidationReport report = Validator::validate(form, payload);
    index.hardCount = report.hardCount();
    index.softCount = report.unreasonedSoftCount(); // a warning with a reason given is settled
    return index;
}

QString RosterIndex::stamp(const QString &payloadHash, int formVersion)
{
    return payloadHash + QLatin1Char('@') + QString::number(formVersion);
}

QString RosterIndex::columnFor(const FormDefinition &form, const QString &fieldId)
{
    const QStringList fields = columnFields(form);
    for (int i = 0; i < fields.size(); ++i) {
        if (!fields.at(i).isEmpty() && fields.at(i) == fieldId)
            return columnSources().at(i).first;
    }
    return {};
}

} // namespace junheng

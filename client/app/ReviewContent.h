#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "ValidationReport.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace junheng {

// What the review page shows of one submission, built from the store as plain lists for QML: the values
// of a form or a roster row with what validation says about each (and the school's reasons), the
// school's indicator results the form feeds (the dashboard's engine), the names of states and roles.
// Shared by ReviewController (the town's page) and SchoolComments (the school's tablet).
namespace ReviewContent {

// A stored value as a person reads it: numbers as written, choices by label, 是/否, "（未填）".
QString valueText(const FormField &field, const QJsonValue &value);
// A roster row for people: "张三（学籍号 G37…）", or the key fields "年级 3，班级名称 1班".
QString rowTitle(const FormDefinition &form, const QJsonObject &payload);
// Every relevant field: {fieldId, label, unit, value, severity ("hard", "soft", ""), message, reason}.
QVariantList fieldItems(const FormDefinition &form, const QJsonObject &payload);
// Each issue of a report: {fieldId, label, severity, message, reason}; hard ones first.
QVariantList issueItems(const FormDefinition &form, const ValidationReport &report);
// One line of values of a roster row for a list: "性别 男，身高 142.5 厘米，…" (the key and name left out).
QString rowSummary(const FormDefinition &form, const QJsonObject &payload);

// The school's indicators that this form feeds: R1–R7 and the 6-of-7 rule per school unit (S1–S4), the
// guarantee items computed from school data, fitness rates (S6) or the myopia rate (S5). Each item
// {section, code, title, state, stateLabel, detail}; summary says it in one line. Reads only this school's
// records of the forms involved.
QVariantList indicatorItems(LocalStore &store, const FormCatalog &catalog, const QString &schoolCode,
                            const QString &cycle, const QString &formId, QString *summary);

QString stateLabel(const QString &state); // not_started … approved, in Chinese
QString roleLabel(const QString &role);   // school, town, county

} // namespace ReviewContent
} // namespace junheng

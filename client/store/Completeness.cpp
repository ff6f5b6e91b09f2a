#include "Completeness.h"

#include "LocalStore.h"

#include <QTimeZone>

namespace junheng {

QDateTime CompletenessTable::deadlineOf(const QString &closesOn)
{
    const QDate date = QDate::fromString(closesOn, Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(16, 0), Qt::UTC) : QDateTime();
}

CompletenessTable CompletenessTable::build(const LocalStore &store, const QString &cycleId, QStringList forms)
{
    CompletenessTable table;
    table.cycleId = cycleId;
    if (const auto cycle = store.cycle(cycleId)) {
        table.cycleName = cycle->name;
        table.deadline = deadlineOf(cycle->closesOn);
        if (forms.isEmpty())
            forms = cycle->formVersions.keys();
    } else if (const auto enrolment = store.enrolment(); enrolment && enrolment->cycleId == cycleId) {
        table.cycleName = enrolment->cycleName;
    }
    if (forms.isEmpty())
        forms = {"S1", "S2", "S3", "S4", "S5", "S6"};
    // County forms (C1, …) are not a school's to fill in.
    forms.erase(
        std::remove_if(forms.begin(), forms.end(), [](const QString &id) { return id.startsWith('C'); }),
        forms.end());
    forms.sort();
    table.forms = forms;

    QHash<QString, SubmissionState> states;
    for (const SubmissionState &state : store.submissions(cycleId))
        states.insert(state.schoolCode + QLatin1Char('|') + state.formId, state);
    const QSet<QString> drafts = store.unsentForms(cycleId);

    QList<DirectorySchool> schools = store.directory();
    if (schools.isEmpty()) {
        // Before the first sync: the device's own school, if it is one.
        if (const auto enrolment = store.enrolment(); enrolment && enrolment->role == QLatin1String("school"))
            schools.append(
                DirectorySchool{enrolment->scopeCode, enrolment->scopeName, {}, enrolment->townName, {}, 0});
    }
    QHash<QString, int> townIndex;
    for (const DirectorySchool &school : schools) {
        CompletenessRow row;
        row.school = school;
        if (!townIndex.contains(school.townCode)) {
            townIndex.insert(school.townCode, int(table.towns.size()));
            table.towns.append(TownCompleteness{school.townCode, school.townName, 0, {}, 0});
        }
        TownCompleteness &town = table.towns[townIndex.value(school.townCode)];
        ++town.schools;
        for (const QString &form : forms) {
            const QString key = school.code + QLatin1Char('|') + form;
            CompletenessCell cell;
            if (const auto found = states.constFind(key); found != states.constEnd()) {
                cell.state = found->state;
                cell.late = found->late;
                cell.at = found->at;
                cell.byName = found->byName;
            } else if (drafts.contains(key)) {
                cell.state = QStringLiteral("draft");
            }
            if (cell.state == QLatin1String("approved"))
                ++row.approved;
            ++town.states[cell.state];
            ++town.cells;
            ++table.states[cell.state];
            row.cells.append(cell);
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace junheng

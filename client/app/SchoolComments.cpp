#include "SchoolComments.h"

#include "ReviewContent.h"
#include "SyncEngine.h"

namespace junheng {

SchoolComments::SchoolComments(LocalStore *store, const FormCatalog *catalog, SyncEngine *engine,
                               QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog)
{
    connect(m_store, &LocalStore::recordsChanged, this, &SchoolComments::refresh);
    if (engine)
        connect(engine, &SyncEngine::syncFinished, this, &SchoolComments::refresh);
    refresh();
}

void SchoolComments::refresh()
{
    QVariantMap forms;
    const std::optional<Enrolment> enrolment = m_store->enrolment();
    if (enrolment && enrolment->role == QLatin1String("school")) {
        const QString cycle = enrolment->cycleId.isEmpty() ? enrolment->cycleName : enrolment->cycleId;
        const QString school = enrolment->scopeCode;
        for (const FormDefinition &form : m_catalog->forms()) {
            const QList<ReviewNoteComment> comments = m_store->openComments(cycle, school, form.id);
            if (comments.isEmpty())
                continue;
            // Who returned it and when: the latest note (the return itself).
            const QList<ReviewNote> history = m_store->reviewHistory(cycle, school, form.id);
            const ReviewNote last = history.isEmpty() ? ReviewNote{} : history.constLast();
            QVariantList whole;
            QVariantMap fields, rows;
            QStringList rowUuids;
            for (const ReviewNoteComment &comment : comments) {
                const FormField *field = form.field(comment.field);
                const QString label = field ? field->label.text() : comment.field;
                if (form.kind == FormKind::Roster && !comment.recordUuid.isEmpty()) {
                    const QString line =
                        comment.field.isEmpty() ? comment.text : tr("%1：%2").arg(label, comment.text);
                    const QString before = rows.value(comment.recordUuid).toString();
                    rows.insert(comment.recordUuid,
                                before.isEmpty() ? line : before + QLatin1Char('\n') + line);
                    if (!rowUuids.contains(comment.recordUuid))
                        rowUuids << comment.recordUuid;
                } else if (!comment.field.isEmpty() && form.kind == FormKind::Single) {
                    const QString before = fields.value(comment.field).toString();
                    fields.insert(comment.field, before.isEmpty()
                                                     ? comment.text
                                                     : before + QLatin1Char('\n') + comment.text);
                } else {
                    whole << comment.text;
                }
            }
            const QString at = last.at.isValid()
                                   ? last.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QString();
            const QString by = last.byName.isEmpty()
                                   ? ReviewContent::roleLabel(last.byRole)
                                   : tr("%1（%2）").arg(last.byName, ReviewContent::roleLabel(last.byRole));
            forms.insert(
                form.id,
                QVariantMap{{"count", int(comments.size())},
                            {"by", by},
                            {"at", at},
                            {"returnedText",
                             tr("%1 于 %2 退回，共 %3 条意见。请按意见改正后重新定稿，同步后即重新提交。")
                                 .arg(by, at)
                                 .arg(comments.size())},
                            {"whole", whole},
                            {"fields", fields},
                            {"rows", rows},
                            {"rowUuids", rowUuids}});
        }
    }
    if (forms == m_forms)
        return;
    m_forms = forms;
    emit changed();
}

} // namespace junheng

#include "ConflictController.h"

#include "FieldMerge.h"
#include "TimeText.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace junheng {

namespace {

const QString Mine = QStringLiteral("mine");
const QString Theirs = QStringLiteral("theirs");

} // namespace

ConflictController::ConflictController(LocalStore *store, const FormCatalog *catalog, QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog)
{}

bool ConflictController::load(const QString &uuid)
{
    m_conflict = m_store->conflict(uuid);
    m_form = m_conflict ? m_catalog->find(m_conflict->formId) : nullptr;
    m_choices.clear();
    setNotice({});
    if (!m_conflict) {
        m_title.clear();
        setNotice(tr("这条冲突已经处理过了，不需要再选择。"));
        Q_EMIT changed();
        return false;
    }
    // Until the person chooses, the device keeps its own values.
    for (qsizetype i = 0; i < m_conflict->fields.size(); ++i)
        m_choices << Mine;
    const QString formTitle = m_form ? m_form->title.zh : m_conflict->formId;
    QString row;
    if (m_form && m_form->kind == FormKind::Roster) {
        QStringList parts;
        for (const QString &key : m_form->key)
            if (const FormField *field = m_form->field(key))
                parts << Validator::displayText(*field, m_conflict->local.value(key));
        if (const FormField *name = m_form->field(QStringLiteral("name")))
            parts << Validator::displayText(*name, m_conflict->local.value(QStringLiteral("name")));
        parts.removeAll(QString());
        row = parts.join(QLatin1Char(' '));
    }
    m_title = row.isEmpty() ? formTitle : tr("%1：%2").arg(formTitle, row);
    Q_EMIT changed();
    return true;
}

QString ConflictController::summary() const
{
    if (!m_conflict)
        return {};
    return tr("这条记录在本机和其他设备上都改过，有 %1 处改得不一样。服务器上的是第 %2 版（%3 保存）。"
              "请逐项选择保留哪一个；其余没有冲突的修改会自动保留。保存后作为新版本发送。")
        .arg(m_conflict->fields.size())
        .arg(m_conflict->serverRevision)
        .arg(describeTime(m_conflict->serverUpdatedAt.toLocalTime()));
}

QString ConflictController::labelOf(const QString &field) const
{
    if (field == FieldMerge::DeletedKey)
        return tr("这一行");
    const QString prefix = FieldMerge::ReasonsKey + QLatin1Char('.');
    if (field.startsWith(prefix))
        return tr("“%1”的保留原因").arg(labelOf(field.mid(prefix.size())));
    const FormField *definition = m_form ? m_form->field(field) : nullptr;
    return definition ? definition->label.zh : field;
}

QString ConflictController::textOf(const QString &field, const QJsonValue &value,
                                   const QJsonObject &payload) const
{
    if (field == FieldMerge::DeletedKey)
        return payload.value(FieldMerge::DeletedKey).toBool() ? tr("删除这一行")
                                                              : tr("保留这一行（内容有修改）");
    if (value.isUndefined() || value.isNull())
        return tr("（空）");
    const FormField *definition = m_form ? m_form->field(field) : nullptr;
    if (definition) {
        QString text = Validator::displayText(*definition, value);
        if (!definition->unit.isEmpty() && !text.isEmpty())
            text += QLatin1Char(' ') + definition->unit;
        if (!text.isEmpty())
            return text;
    }
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? tr("是") : tr("否");
    if (value.isDouble())
        return Validator::formatNumber(value.toDouble());
    return QString::fromUtf8(
        QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Compact));
}

QVariantList ConflictController::fields() const
{
    QVariantList out;
    if (!m_conflict)
        return out;
    for (qsizetype i = 0; i < m_conflict->fields.size(); ++i) {
        const QString &field = m_conflict->fields.at(i);
        const QString base =
            m_conflict->base ? textOf(field, FieldMerge::value(*m_conflict->base, field), *m_conflict->base)
                             : tr("（不详）");
        out.append(QVariantMap{
            {"field", field},
            {"label", labelOf(field)},
            {"mine", textOf(field, FieldMerge::value(m_conflict->local, field), m_conflict->local)},
            {"theirs", textOf(field, FieldMerge::value(m_conflict->server, field), m_conflict->server)},
            {"base", base},
            {"choice", m_choices.value(i)},
        });
    }
    return out;
}

void ConflictController::choose(int index, const QString &side)
{
    if (index < 0 || index >= m_choices.size() || (side != Mine && side != Theirs) ||
        m_choices.at(index) == side)
        return;
    m_choices[index] = side;
    Q_EMIT changed();
}

void ConflictController::chooseAll(const QString &side)
{
    if (side != Mine && side != Theirs)
        return;
    for (QString &choice : m_choices)
        choice = side;
    Q_EMIT changed();
}

QJsonObject ConflictController::resolvedPayload() const
{
    if (!m_conflict)
        return {};
    const RecordConflict &c = *m_conflict;
    if (c.fields.contains(FieldMerge::DeletedKey)) // a deleted row against an edit: one side as a whole
        return m_choices.value(c.fields.indexOf(FieldMerge::DeletedKey)) == Theirs ? c.server : c.local;
    // What nobody disputes keeps both sides' changes; without the base, start from this device's copy.
    QJsonObject payload = c.base ? FieldMerge::merge(*c.base, c.local, c.server).merged : c.local;
    for (qsizetype i = 0; i < c.fields.size(); ++i) {
        const QString &field = c.fields.at(i);
        const QJsonObject &side = m_choices.at(i) == Theirs ? c.server : c.local;
        FieldMerge::setValue(payload, field, FieldMerge::value(side, field));
    }
    return payload;
}

bool ConflictController::save()
{
    if (!m_conflict)
        return false;
    const QJsonObject payload = resolvedPayload();
    int blocking = 0;
    if (m_form && !payload.value(FieldMerge::DeletedKey).toBool())
        blocking = Validator::validate(*m_form, payload).blockingCount();
    QStringList chosen;
    for (qsizetype i = 0; i < m_conflict->fields.size(); ++i)
        chosen << tr("%1 取%2").arg(labelOf(m_conflict->fields.at(i)),
                                    m_choices.at(i) == Theirs ? tr("服务器的") : tr("本机的"));
    const QString note = tr("逐项选择后保存：%1。").arg(chosen.join(QStringLiteral("；")));
    auto saved = m_store->resolveConflict(m_conflict->uuid, payload, blocking == 0, note);
    if (!saved) {
        setNotice(saved.error().message);
        return false;
    }
    const QString message =
        blocking == 0
            ? tr("已保存“%1”的选择，作为新版本等待发送。").arg(m_title)
            : tr("已保存“%1”的选择，但合在一起后还有 %2 处须改正或写明原因，所以存为草稿、没有发送。"
                 "请打开这份表改好后再定稿。")
                  .arg(m_title)
                  .arg(blocking);
    m_conflict.reset();
    Q_EMIT changed();
    Q_EMIT resolved(message);
    return true;
}

void ConflictController::leave()
{
    m_conflict.reset();
    m_choices.clear();
    setNotice({});
    Q_EMIT changed();
}

void ConflictController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

} // namespace junheng

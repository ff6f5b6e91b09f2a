#include "FormController.h"

#include "AttachmentFiles.h"
#include "TimeText.h"

#include <QJsonArray>

namespace junheng {

FormController::FormController(LocalStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(false); });
    connect(m_store, &LocalStore::recordsChanged, this, &FormController::followStore);
}

void FormController::followStore()
{
    if (!m_form || m_record.isNew())
        return;
    const auto current = m_store->record(m_record.uuid);
    if (!current)
        return;
    if (current->payloadHash != m_record.payloadHash) {
        // Another device's revision arrived by pull. Unsaved typing stays on the page (saving it is refused
        // with store.changed, so nothing is overwritten silently); with nothing unsaved, show the new
        // content.
        if (!m_dirty) {
            open(m_form, m_record.schoolCode, m_record.cycle);
            setNotice(tr("这份表已更新为另一台设备同步来的版本（第 %1 版）。").arg(current->revision), false);
        }
        return;
    }
    if (current->status == m_record.status && current->revision == m_record.revision &&
        current->serverRevision == m_record.serverRevision && current->syncError == m_record.syncError)
        return;
    const bool nowSent = current->status == RecordStatus::Sent && m_record.status == RecordStatus::Finalised;
    m_record = *current;
    emit recordChanged();
    emit savedTextChanged();
    if (nowSent && !m_noticeIsError)
        setNotice(tr("已发送到服务器（第 %1 版）。").arg(m_record.revision), false);
}

bool FormController::open(const FormDefinition *form, const QString &schoolCode, const QString &cycle)
{
    if (!form)
        return false;
    saveIfDirty();
    m_autosave.stop();

    m_form = form;
    if (auto existing = m_store->singleRecord(form->id, schoolCode, cycle)) {
        m_record = *existing;
    } else {
        m_record = LocalRecord{};
        m_record.formId = form->id;
        m_record.formVersion = form->version;
        m_record.schoolCode = schoolCode;
        m_record.cycle = cycle;
    }
    m_payload = m_record.payload;
    m_touched.clear();
    m_showAllRequired = false;
    m_finaliseErrors.clear();

    QHash<QString, QString> texts;
    for (const FormField &field : form->fields) {
        if (m_payload.contains(field.id))
            texts.insert(field.id, Validator::displayText(field, m_payload.value(field.id)));
    }
    m_fields.reset(form, texts);
    setDirty(false);
    setNotice({}, false);
    revalidate();
    emit formChanged();
    emit recordChanged();
    emit savedTextChanged();
    emit finaliseErrorsChanged();
    return true;
}

QString FormController::formId() const
{
    return m_form ? m_form->id : QString();
}

QString FormController::title() const
{
    return m_form ? m_form->title.text() : QString();
}

QString FormController::description() const
{
    return m_form ? m_form->description.text() : QString();
}

QString FormController::status() const
{
    return m_record.isNew() ? QStringLiteral("none") : statusName(m_record.status);
}

QString FormController::statusLabel() const
{
    return m_record.isNew() ? tr("未开始") : junheng::statusLabel(m_record.status);
}

QString FormController::savedText() const
{
    if (m_dirty)
        return tr("有修改，停笔 3 秒后自动保存");
    if (m_record.isNew())
        return tr("还没有填写");
    return tr("已保存 %1").arg(describeTime(m_record.updatedAt));
}

void FormController::setFieldText(const QString &fieldId, const QString &text)
{
    const FormField *field = m_form ? m_form->field(fieldId) : nullptr;
    if (!field)
        return;
    const QJsonValue value = Validator::parseInput(*field, text);
    if (value.isNull())
        m_payload.remove(fieldId);
    else
        m_payload.insert(fieldId, value);
    m_fields.setText(fieldId, text);
    m_touched.insert(fieldId);
    setDirty(true);
    m_autosave.start();
    revalidate();
}

void FormController::setReason(const QString &fieldId, const QString &text)
{
    if (!m_form || (!m_form->field(fieldId) && fieldId.isEmpty()))
        return;
    QJsonObject reasons = m_payload.value(QLatin1String("_reasons")).toObject();
    if (text.trimmed().isEmpty())
        reasons.remove(fieldId);
    else
        reasons.insert(fieldId, text);
    if (reasons.isEmpty())
        m_payload.remove(QLatin1String("_reasons"));
    else
        m_payload.insert(QLatin1String("_reasons"), reasons);
    setDirty(true);
    m_autosave.start();
    revalidate();
}

bool FormController::addAttachment(const QString &fieldId, const QUrl &file)
{
    const FormField *field = m_form ? m_form->field(fieldId) : nullptr;
    if (!field)
        return false;
    auto imported =
        AttachmentFiles::import(m_store->path(), file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!imported) {
        setNotice(imported.error().message, true);
        return false;
    }
    QJsonArray files = m_payload.value(fieldId).toArray();
    files.append(imported.value());
    m_payload.insert(fieldId, files);
    m_fields.setText(fieldId, Validator::displayText(*field, files));
    m_touched.insert(fieldId);
    setDirty(true);
    m_autosave.start();
    revalidate();
    setNotice(tr("已添加附件“%1”。").arg(imported->value(QLatin1String("name")).toString()), false);
    return true;
}

void FormController::removeAttachment(const QString &fieldId, int index)
{
    const FormField *field = m_form ? m_form->field(fieldId) : nullptr;
    QJsonArray files = m_payload.value(fieldId).toArray();
    if (!field || index < 0 || index >= files.size())
        return;
    files.removeAt(index);
    if (files.isEmpty())
        m_payload.remove(fieldId);
    else
        m_payload.insert(fieldId, files);
    m_fields.setText(fieldId, files.isEmpty() ? QString() : Validator::displayText(*field, files));
    m_touched.insert(fieldId);
    setDirty(true);
    m_autosave.start();
    revalidate();
}

bool FormController::saveDraft()
{
    return save(true);
}

bool FormController::save(bool announce)
{
    m_autosave.stop();
    if (!m_form)
        return false;
    if (m_record.isNew() && m_payload.isEmpty()) {
        // Nothing typed yet: an empty record would only show up as a "草稿" that is not one.
        setDirty(false);
        if (announce)
            setNotice(tr("还没有填写任何内容，不需要保存。"), false);
        return true;
    }
    if (!m_dirty && !m_record.isNew()) {
        if (announce)
            setNotice(tr("草稿已保存。"), false);
        return true;
    }
    const RecordStatus before = m_record.status;
    const bool wasNew = m_record.isNew();
    Result<LocalRecord> saved = m_store->saveDraft(m_record, m_payload);
    if (!saved) {
        setNotice(tr("保存失败：%1").arg(saved.error().message), true);
        return false;
    }
    m_record = saved.value();
    setDirty(false);
    emit recordChanged();
    emit savedTextChanged();
    if (!wasNew && before != RecordStatus::Draft)
        setNotice(tr("已改为草稿（第 %1 版）。改好后请重新定稿，才会再次发送。").arg(m_record.revision),
                  false);
    else if (announce)
        setNotice(tr("草稿已保存。"), false);
    return true;
}

bool FormController::finalise()
{
    if (!m_form)
        return false;
    const ValidationReport report = Validator::validate(*m_form, m_payload);
    if (report.blockingCount() > 0) {
        // Same check the store makes; done here first so every missing field lights up on the page.
        m_showAllRequired = true;
        m_finaliseErrors.clear();
        for (const ValidationIssue &issue : report.issues) {
            if (issue.blocks())
                m_finaliseErrors.append(issue.severity == Severity::Hard
                                            ? issue.message
                                            : issue.message + tr("（如确认无误，请在该项下写明保留的原因）"));
        }
        save(false);
        revalidate();
        emit finaliseErrorsChanged();
        setNotice(tr("未能定稿：请按提示改正标红的项目；标黄的提醒如确认无误，请写明保留的原因。处理好后再点“"
                     "定稿”。"),
                  true);
        return false;
    }
    if ((m_dirty || m_record.isNew()) && !save(false))
        return false;
    Result<LocalRecord> done = m_store->finalise(m_record.uuid, *m_form);
    if (!done) {
        m_finaliseErrors = {done.error().message};
        emit finaliseErrorsChanged();
        setNotice(tr("还不能定稿。"), true);
        return false;
    }
    m_record = done.value();
    m_finaliseErrors.clear();
    emit finaliseErrorsChanged();
    emit recordChanged();
    emit savedTextChanged();
    setNotice(
        report.softCount() > 0
            ? tr("已定稿，联网后会自动发送。还有 %1 条提醒，上级审核时可能会问到。").arg(report.softCount())
            : tr("已定稿，联网后会自动发送。"),
        false);
    emit finalised();
    return true;
}

void FormController::clearFinaliseErrors()
{
    if (m_finaliseErrors.isEmpty())
        return;
    m_finaliseErrors.clear();
    emit finaliseErrorsChanged();
}

void FormController::leave()
{
    saveIfDirty();
    setNotice({}, false);
}

bool FormController::saveIfDirty()
{
    return m_dirty ? save(false) : true;
}

void FormController::retranslate()
{
    if (!m_form)
        return;
    m_fields.retranslate();
    revalidate();
    emit formChanged();
    emit recordChanged();
    emit savedTextChanged();
}

void FormController::revalidate()
{
    if (!m_form)
        return;
    const ValidationReport report = Validator::validate(*m_form, m_payload);
    m_hardCount = report.hardCount();
    m_softCount = report.unreasonedSoftCount(); // a warning with a reason no longer needs attention
    m_missingCount = report.missingCount();
    m_fields.applyReport(report, m_payload, m_touched, m_showAllRequired);
    emit validationChanged();
}

void FormController::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged();
    emit savedTextChanged();
}

void FormController::setNotice(const QString &text, bool isError)
{
    if (m_notice == text && m_noticeIsError == isError)
        return;
    m_notice = text;
    m_noticeIsError = isError;
    emit noticeChanged();
}

} // namespace junheng

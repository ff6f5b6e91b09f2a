#include "AppController.h"

#include "FormController.h"
#include "RosterController.h"

namespace junheng {

AppController::AppController(LocalStore *store, const FormCatalog *catalog, FormController *formController,
                             QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_formController(formController),
      m_forms(new FormListModel(store, catalog, this))
{
    refresh();
}

AppController::AppController(QString fatalError, QObject *parent)
    : QObject(parent), m_fatalError(std::move(fatalError))
{}

QString AppController::schoolName() const
{
    return m_enrolment ? m_enrolment->scopeName : QString();
}

QString AppController::schoolCode() const
{
    return m_enrolment ? m_enrolment->scopeCode : QString();
}

QString AppController::townName() const
{
    return m_enrolment ? m_enrolment->townName : QString();
}

QString AppController::countyName() const
{
    return m_enrolment ? m_enrolment->countyName : QString();
}

QString AppController::cycleName() const
{
    if (!m_enrolment)
        return {};
    return m_enrolment->cycleName.isEmpty() ? m_enrolment->cycleId : m_enrolment->cycleName;
}

QString AppController::cycleKey() const
{
    if (!m_enrolment)
        return {};
    return m_enrolment->cycleId.isEmpty() ? m_enrolment->cycleName : m_enrolment->cycleId;
}

QString AppController::enrolCommand() const
{
    return QStringLiteral("junheng-cli enrol --server URL --code CODE");
}

QString AppController::storePath() const
{
    return m_store ? m_store->path() : QString();
}

bool AppController::openForm(const QString &formId)
{
    if (!m_store || !m_enrolment || !m_formController)
        return false;
    const FormDefinition *form = m_catalog->find(formId);
    if (form && form->kind == FormKind::Roster) {
        if (!m_rosterController || !m_rosterController->open(form, m_enrolment->scopeCode, cycleKey()))
            return false;
        emit rosterOpened(formId);
        return true;
    }
    if (!m_formController->open(m_catalog->find(formId), m_enrolment->scopeCode, cycleKey()))
        return false;
    emit formOpened(formId);
    return true;
}

void AppController::refresh()
{
    if (!m_store)
        return;
    const std::optional<Enrolment> now = m_store->enrolment();
    const bool changed =
        now.has_value() != m_enrolment.has_value() ||
        (now && (now->scopeCode != m_enrolment->scopeCode || now->role != m_enrolment->role ||
                 now->scopeName != m_enrolment->scopeName || now->townName != m_enrolment->townName ||
                 now->countyName != m_enrolment->countyName || now->cycleId != m_enrolment->cycleId ||
                 now->cycleName != m_enrolment->cycleName));
    m_enrolment = now;
    if (!changed)
        return;
    m_forms->setScope(schoolCode(), cycleKey(), m_enrolment ? m_enrolment->role : QString());
    emit enrolmentChanged();
}

} // namespace junheng

namespace junheng {

void AppController::setFormsNotice(const QString &notice)
{
    if (notice == m_formsNotice)
        return;
    m_formsNotice = notice;
    Q_EMIT formsNoticeChanged();
}

} // namespace junheng

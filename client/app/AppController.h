#pragma once

#include "FormCatalog.h"
#include "FormListModel.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QtQmlIntegration>

namespace junheng {

class FormController;
class RosterController;

// Who and where this device is (school, town, county, cycle, from the enrolment), the school's forms,
// and opening one. With no store (it could not be opened) it only carries the error for the start page.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString fatalError READ fatalError CONSTANT)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString schoolCode READ schoolCode NOTIFY enrolmentChanged)
    Q_PROPERTY(QString townName READ townName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString countyName READ countyName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString cycleName READ cycleName NOTIFY enrolmentChanged)
    // school, town or county: which home page the device shows.
    Q_PROPERTY(QString role READ role NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolCommand READ enrolCommand CONSTANT)
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    Q_PROPERTY(junheng::FormListModel *forms READ forms CONSTANT)
    // Says which forms the county's cycle published in a new version (or could not be used); empty: none.
    Q_PROPERTY(QString formsNotice READ formsNotice NOTIFY formsNoticeChanged)

public:
    AppController(LocalStore *store, const FormCatalog *catalog, FormController *formController,
                  QObject *parent = nullptr);
    // The store could not be opened: the app shows this and nothing else.
    explicit AppController(QString fatalError, QObject *parent = nullptr);
    static AppController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<AppController>::instanceFor(engine);
    }

    QString fatalError() const { return m_fatalError; }
    bool isEnrolled() const { return m_enrolment.has_value(); }
    QString schoolName() const;
    QString schoolCode() const;
    QString townName() const;
    QString countyName() const;
    QString cycleName() const;
    QString role() const { return m_enrolment ? m_enrolment->role : QString(); }
    QString enrolCommand() const;
    QString storePath() const;
    FormListModel *forms() const { return m_forms; }
    QString formsNotice() const { return m_formsNotice; }
    void setFormsNotice(const QString &notice);

    void setRosterController(RosterController *controller) { m_rosterController = controller; }

    // Intent: open a form of this school and cycle in FormController (then formOpened), or a roster form
    // in RosterController (then rosterOpened). False when it cannot be opened (not enrolled, unknown form).
    Q_INVOKABLE bool openForm(const QString &formId);
    // Re-reads the enrolment (the CLI may have enrolled this device while the app was running).
    Q_INVOKABLE void refresh();

    // The cycle records are filed under: the cycle's id, or its name when the server gave no id.
    QString cycleKey() const;

Q_SIGNALS:
    void enrolmentChanged();
    // The form is open in FormController: the window shows its page.
    void formOpened(const QString &formId);
    void rosterOpened(const QString &formId);
    void formsNoticeChanged();

private:
    LocalStore *m_store = nullptr;
    const FormCatalog *m_catalog = nullptr;
    FormController *m_formController = nullptr;
    RosterController *m_rosterController = nullptr;
    FormListModel *m_forms = nullptr;
    std::optional<Enrolment> m_enrolment;
    QString m_fatalError;
    QString m_formsNotice;
};

} // namespace junheng

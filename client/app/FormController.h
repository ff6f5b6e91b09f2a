#pragma once

#include "FieldListModel.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QtQmlIntegration>

namespace junheng {

// The form that is open: its fields, what is typed, validation, saving and finalising. Every edit is
// parsed and checked at once and saved as a draft 3 seconds after the last keystroke, on leaving the
// page and when the app goes to the background or quits, so nothing typed is lost.
class FormController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY formChanged)
    Q_PROPERTY(QString formId READ formId NOTIFY formChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString description READ description NOTIFY formChanged)
    Q_PROPERTY(junheng::FieldListModel *fields READ fields CONSTANT)
    Q_PROPERTY(QString status READ status NOTIFY recordChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY recordChanged)
    Q_PROPERTY(int revision READ revision NOTIFY recordChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedTextChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(int hardCount READ hardCount NOTIFY validationChanged)
    Q_PROPERTY(int softCount READ softCount NOTIFY validationChanged)
    Q_PROPERTY(int missingCount READ missingCount NOTIFY validationChanged)
    Q_PROPERTY(QStringList finaliseErrors READ finaliseErrors NOTIFY finaliseErrorsChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)

public:
    static constexpr int AutosaveDelayMs = 3000;

    explicit FormController(LocalStore *store, QObject *parent = nullptr);
    static FormController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<FormController>::instanceFor(engine);
    }

    // Opens the single record of this form for the school and cycle (a new one if there is none yet),
    // saving the form that was open before.
    bool open(const FormDefinition *form, const QString &schoolCode, const QString &cycle);

    bool isOpen() const { return m_form != nullptr; }
    QString formId() const;
    QString title() const;
    QString description() const;
    FieldListModel *fields() { return &m_fields; }
    QString status() const;
    QString statusLabel() const;
    int revision() const { return m_record.revision; }
    QString savedText() const;
    bool isDirty() const { return m_dirty; }
    int hardCount() const { return m_hardCount; }
    int softCount() const { return m_softCount; }
    int missingCount() const { return m_missingCount; }
    QStringList finaliseErrors() const { return m_finaliseErrors; }
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }

    // Intents from the page.
    Q_INVOKABLE void setFieldText(const QString &fieldId, const QString &text);
    // The reason for keeping a value that has a soft warning (payload "_reasons"); empty removes it.
    Q_INVOKABLE void setReason(const QString &fieldId, const QString &text);
    // Attachment fields: copies the chosen file into the data folder (attachments/<sha256>.<ext>) and adds
    // it to the field; removes the index-th file from the field (the copy stays: a sent revision may use it).
    Q_INVOKABLE bool addAttachment(const QString &fieldId, const QUrl &file);
    Q_INVOKABLE void removeAttachment(const QString &fieldId, int index);
    Q_INVOKABLE bool saveDraft();
    Q_INVOKABLE bool finalise();
    Q_INVOKABLE void clearFinaliseErrors();
    // Leaving the page: saves what is not saved yet. The fields stay until the next open(), so the
    // page does not go blank while it slides out.
    Q_INVOKABLE void leave();

    // Saves if there is anything unsaved (app going to the background, quitting).
    bool saveIfDirty();
    // The language changed: rebuilds the labels and messages of the open form in it.
    void retranslate();

Q_SIGNALS:
    void formChanged();
    void recordChanged();
    void savedTextChanged();
    void dirtyChanged();
    void validationChanged();
    void finaliseErrorsChanged();
    void noticeChanged();
    void finalised();

private:
    bool save(bool announce);
    void revalidate();
    // The record changed in the store (sent, pulled): follow its status; reload content only if nothing is
    // unsaved.
    void followStore();
    void setDirty(bool dirty);
    void setNotice(const QString &text, bool isError);

    LocalStore *m_store;
    FieldListModel m_fields;
    QTimer m_autosave;
    const FormDefinition *m_form = nullptr;
    LocalRecord m_record;
    QJsonObject m_payload;
    QSet<QString> m_touched;
    bool m_showAllRequired = false;
    bool m_dirty = false;
    int m_hardCount = 0;
    int m_softCount = 0;
    int m_missingCount = 0;
    QStringList m_finaliseErrors;
    QString m_notice;
    bool m_noticeIsError = false;
};

} // namespace junheng

#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "QmlSingleton.h"
#include "RosterModel.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

namespace junheng {

// The roster that is open (classes, teachers, students): its grid model, the current cell for keyboard
// entry on a desktop, and the row editor used on tablets (and for adding rows). Every change is saved at
// once, one row per save; validation marks come from the same Validator as everywhere else.
class RosterController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY formChanged)
    Q_PROPERTY(QString formId READ formId NOTIFY formChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString description READ description NOTIFY formChanged)
    Q_PROPERTY(junheng::RosterModel *model READ model CONSTANT)
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentChanged)
    Q_PROPERTY(int currentColumn READ currentColumn NOTIFY currentChanged)
    Q_PROPERTY(bool editing READ isEditing NOTIFY currentChanged)
    Q_PROPERTY(QString editSeed READ editSeed NOTIFY currentChanged)
    // What is wrong in the current cell, with its row and column: shown under the grid.
    Q_PROPERTY(QString currentMessage READ currentMessage NOTIFY currentChanged)
    Q_PROPERTY(QString currentSeverity READ currentSeverity NOTIFY currentChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)
    // What is wrong with the roster as a whole rather than a row (S2: a grade's class headcounts do not
    // add up to S1's enrolment), one message each; counted in the page's issues and blocking 定稿全部.
    Q_PROPERTY(QStringList rosterIssues READ rosterIssues NOTIFY rosterIssuesChanged)

public:
    explicit RosterController(LocalStore *store, QObject *parent = nullptr);
    static RosterController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<RosterController>::instanceFor(engine);
    }

    bool open(const FormDefinition *form, const QString &schoolCode, const QString &cycle);
    // The other forms (S1 for S2's sum rule), to name their fields in messages.
    void setCatalog(const FormCatalog *catalog) { m_catalog = catalog; }

    bool isOpen() const { return m_model.form() != nullptr; }
    QString formId() const;
    QString title() const;
    QString description() const;
    RosterModel *model() { return &m_model; }
    int currentRow() const { return m_row; }
    int currentColumn() const { return m_column; }
    bool isEditing() const { return m_editing; }
    QString editSeed() const { return m_seed; }
    QString currentMessage() const;
    QString currentSeverity() const;
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }
    QStringList rosterIssues() const { return m_rosterIssues; }

    // Keyboard entry: the current cell, moving (Tab/Enter/arrows; Tab past the last column goes on to the
    // next row), typing into it (seed: the first key typed, replacing the content) and committing.
    Q_INVOKABLE void setCurrent(int row, int column);
    Q_INVOKABLE void move(int rows, int columns);
    Q_INVOKABLE void startEditing(const QString &seed = QString());
    Q_INVOKABLE void cancelEditing();
    Q_INVOKABLE bool commitEdit(const QString &text);

    // The row editor: the form's fields with the row's texts (row -1: a new row), the messages for the
    // texts as typed so far ({fieldId: {severity, message, relevant}}), and saving them.
    Q_INVOKABLE QVariantList editorFields(int row) const;
    Q_INVOKABLE QVariantMap editorMessages(int row, const QVariantMap &texts) const;
    Q_INVOKABLE bool saveRow(int row, const QVariantMap &texts);
    Q_INVOKABLE bool deleteRow(int row);
    // Finalises every row (they go to the outbox) when no row has an error or an unexplained warning.
    Q_INVOKABLE bool finaliseAll();
    Q_INVOKABLE QString rowTitle(int row) const;
    Q_INVOKABLE void clearNotice();
    Q_INVOKABLE void leave();
    // The language changed: rebuilds the column titles, labels and messages in it.
    void retranslate();

Q_SIGNALS:
    void formChanged();
    void currentChanged();
    void noticeChanged();
    void rosterIssuesChanged();
    void finalised();

private:
    QJsonObject payloadWith(int row, const QVariantMap &texts) const;
    void setNotice(const QString &text, bool isError);
    void refreshRosterIssues();

    LocalStore *m_store;
    const FormCatalog *m_catalog = nullptr;
    QStringList m_rosterIssues;
    RosterModel m_model;
    int m_row = -1;
    int m_column = -1;
    bool m_editing = false;
    QString m_seed;
    QString m_notice;
    bool m_noticeIsError = false;
};

} // namespace junheng

#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace junheng {

class ReviewClient;
class SyncEngine;

// The review page of a town or county device (qml/ReviewPage.qml): one submission (school, form, current
// cycle) from the records this device pulled — a form's fields or a roster's rows a page at a time, what
// validation says (with the school's reasons), the school's indicators the form feeds, its state, who
// submitted it and when, and every state change. The reviewer adds comments on a field, a row (and
// field) or the whole form, then approves or returns (a return needs a comment) through ReviewClient;
// a refusal or no connection is said in plain Chinese and the typed comments stay. After a decision and
// after every sync it re-reads the store and emits reviewDataChanged (TownHomePage reloads then).
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY contentChanged)
    Q_PROPERTY(QString schoolCode READ schoolCode NOTIFY contentChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY contentChanged)
    Q_PROPERTY(QString townName READ townName NOTIFY contentChanged)
    Q_PROPERTY(QString formId READ formId NOTIFY contentChanged)
    Q_PROPERTY(QString formTitle READ formTitle NOTIFY contentChanged)
    Q_PROPERTY(bool isRoster READ isRoster NOTIFY contentChanged)
    Q_PROPERTY(QString state READ state NOTIFY contentChanged)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY contentChanged)
    Q_PROPERTY(bool late READ isLate NOTIFY contentChanged)
    Q_PROPERTY(QString submittedText READ submittedText NOTIFY contentChanged)
    // Oldest first: {at, by, role, state, stateLabel, late, comments: [text]}.
    Q_PROPERTY(QVariantList history READ history NOTIFY contentChanged)
    // Why there is nothing to show (no records of it on this device yet), empty otherwise.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY contentChanged)
    // Single form: its record and fields (ReviewContent::fieldItems).
    Q_PROPERTY(QString recordUuid READ recordUuid NOTIFY contentChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY contentChanged)
    // Validation: a single form's issues, or a roster's issues across rows (S2 against S1).
    Q_PROPERTY(QVariantList issues READ issues NOTIFY contentChanged)
    Q_PROPERTY(QString issueSummary READ issueSummary NOTIFY contentChanged)
    // Roster: the rows of the current page {uuid, number, title, summary, severity, messages, reasons}.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    Q_PROPERTY(int page READ page NOTIFY rowsChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY rowsChanged)
    Q_PROPERTY(QString rowsText READ rowsText NOTIFY rowsChanged)
    // 0 every row, 1 rows with errors, 2 rows with warnings.
    Q_PROPERTY(int rowFilter READ rowFilter WRITE setRowFilter NOTIFY rowsChanged)
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY contentChanged)
    Q_PROPERTY(QString indicatorSummary READ indicatorSummary NOTIFY contentChanged)
    // The comments typed so far: {recordUuid, fieldId, where, text}.
    Q_PROPERTY(QVariantList comments READ comments NOTIFY commentsChanged)
    Q_PROPERTY(QString reviewer READ reviewer WRITE setReviewer NOTIFY reviewerChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY contentChanged)
    Q_PROPERTY(bool canReturn READ canReturn NOTIFY contentChanged)
    // What the state allows, in words ("学校已重新提交，可以审核。", "已退回，正等学校改正后重新提交。").
    Q_PROPERTY(QString decisionHint READ decisionHint NOTIFY contentChanged)

public:
    static constexpr int PageSize = 50;
    static constexpr int MaxComments = 200; // docs/protocol.md "Review"
    static constexpr int MaxCommentLength = 500;
    static constexpr int MaxReviewerLength = 50;

    ReviewController(LocalStore *store, const FormCatalog *catalog, SyncEngine *engine,
                     QObject *parent = nullptr);
    ~ReviewController() override;
    static ReviewController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<ReviewController>::instanceFor(engine);
    }

    bool isOpen() const { return m_form != nullptr; }
    QString schoolCode() const { return m_schoolCode; }
    QString schoolName() const { return m_schoolName; }
    QString townName() const { return m_townName; }
    QString formId() const { return m_form ? m_form->id : QString(); }
    QString formTitle() const { return m_form ? m_form->title.text() : QString(); }
    bool isRoster() const { return m_form && m_form->kind == FormKind::Roster; }
    QString state() const { return m_submission.state; }
    QString stateLabel() const;
    bool isLate() const { return m_submission.late; }
    QString submittedText() const { return m_submittedText; }
    QVariantList history() const { return m_history; }
    QString emptyText() const { return m_emptyText; }
    QString recordUuid() const { return m_recordUuid; }
    QVariantList fields() const { return m_fields; }
    QVariantList issues() const { return m_issues; }
    QString issueSummary() const { return m_issueSummary; }
    QVariantList rows() const { return m_rows; }
    int page() const { return m_page; }
    int pageCount() const;
    QString rowsText() const { return m_rowsText; }
    int rowFilter() const { return m_rowFilter; }
    void setRowFilter(int filter);
    QVariantList indicators() const { return m_indicators; }
    QString indicatorSummary() const { return m_indicatorSummary; }
    QVariantList comments() const;
    QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString &name);
    bool isBusy() const { return m_busy; }
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }
    bool canApprove() const;
    bool canReturn() const;
    QString decisionHint() const;

    // Intent: review this school's form of the device's current cycle (then `opened`). False (with a
    // notice) when the form is unknown or the device is not a town's or county's.
    Q_INVOKABLE bool open(const QString &schoolCode, const QString &formId);
    // Re-reads state, history, data and indicators; the typed comments stay.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void showPage(int page);
    // A roster row's fields (as `fields`) and its title, for the row dialog.
    Q_INVOKABLE QVariantList rowFields(const QString &uuid) const;
    Q_INVOKABLE QString rowTitle(const QString &uuid) const;
    // Adds a comment on a field (recordUuid of the form or row, fieldId), a row (fieldId empty) or the
    // whole form (both empty). Returns an empty string, or why not in plain Chinese (nothing added).
    Q_INVOKABLE QString addComment(const QString &recordUuid, const QString &fieldId, const QString &text);
    Q_INVOKABLE void removeComment(int index);
    // Decisions: false when refused here (no reviewer, a return without comments, the state does not allow
    // it; the notice says what to do); otherwise the request is on its way (busy) and `decided` follows.
    Q_INVOKABLE bool approve();
    Q_INVOKABLE bool returnForm();
    Q_INVOKABLE void clearNotice();
    Q_INVOKABLE void leave();

Q_SIGNALS:
    void contentChanged();
    void rowsChanged();
    void commentsChanged();
    void reviewerChanged();
    void busyChanged();
    void noticeChanged();
    void opened();
    // A decision ended: ok, or refused / not sent (the notice says which and what to do).
    void decided(bool ok);
    // The store has new review data (a decision, a sync): the town home reloads its completeness.
    void reviewDataChanged();

private:
    struct Comment
    {
        QString recordUuid;
        QString fieldId;
        QString text;
    };

    bool decide(bool approve);
    void finishDecision(bool ok, const QString &message);
    void loadRows();
    QString whereOf(const QString &recordUuid, const QString &fieldId) const;
    void setNotice(const QString &text, bool isError);
    void setBusy(bool busy);
    QString cycleKey() const;

    LocalStore *m_store;
    const FormCatalog *m_catalog;
    std::unique_ptr<ReviewClient> m_client;
    const FormDefinition *m_form = nullptr;
    QString m_schoolCode, m_schoolName, m_townName;
    SubmissionState m_submission;
    QString m_submittedText;
    QVariantList m_history;
    QString m_emptyText;
    QString m_recordUuid;
    QVariantList m_fields, m_issues, m_rows, m_indicators;
    QString m_issueSummary, m_indicatorSummary, m_rowsText;
    int m_page = 0;
    int m_rowFilter = 0;
    int m_shownRows = 0;
    QList<Comment> m_comments;
    QString m_reviewer;
    bool m_busy = false;
    bool m_pendingApprove = false;
    QString m_notice;
    bool m_noticeIsError = false;
};

} // namespace junheng

#pragma once

#include "FormDefinition.h"
#include "LocalRecord.h"
#include "PayloadCipher.h"
#include "RecordConflict.h"
#include "Result.h"
#include "ReviewState.h"
#include "RosterQuery.h"
#include "Validator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace junheng {

// Who this device is, after enrolment.
struct Enrolment
{
    QString serverUrl;
    QString token;
    QString deviceId;
    QString role;      // school, town, county
    QString scopeCode; // the school's (or town's, county's) code
    QString scopeName;
    QString townName;
    QString countyName;
    QString cycleId;
    QString cycleName;
    // The SHA-256 of the server's self-signed certificate, pinned at enrolment; empty when the server's
    // certificate is one the system trusts (or plain HTTP on loopback).
    QString certificateSha256;
};

struct SyncState
{
    int pending = 0;       // in the outbox, to be sent
    int quarantined = 0;   // set aside: conflict or rejected, needs a person
    int conflicts = 0;     // changed here and on the server: a person chooses per field (not in the outbox)
    QDateTime lastSuccess; // invalid: never
    QString lastError;     // empty after a success
    QDateTime lastErrorAt;
    qint64 cursor = 0;
};

// The device's SQLite database (WAL). One transaction per change; the outbox is written in the same
// transaction as the change it sends. Not thread-safe: one instance per thread.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 6;

    // Opens (creating and migrating as needed) the database at path.
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    // $JUNHENG_DATA_DIR/junheng.db if set, else the platform's app data folder.
    static QString defaultPath();

    ~LocalStore() override;
    QString path() const { return m_path; }
    int schemaVersion() const;

    Status saveEnrolment(const Enrolment &enrolment);
    std::optional<Enrolment> enrolment() const;

    std::optional<LocalRecord> record(const QString &uuid) const;
    // The record of a single-record form for this school and cycle, if there is one.
    std::optional<LocalRecord> singleRecord(const QString &formId, const QString &schoolCode,
                                            const QString &cycle) const;
    QList<LocalRecord> records(const QString &formId = {}) const;

    // Creates (record.uuid empty) or updates a draft with this payload. A finalised or sent record
    // becomes a draft again at the next revision and leaves the outbox. An update must pass the record as
    // it was read (its payloadHash): if the stored content changed since, nothing is saved (store.changed).
    Result<LocalRecord> saveDraft(const LocalRecord &record, const QJsonObject &payload);
    // Validates with the form; hard errors and soft warnings without a reason ("_reasons") refuse (the
    // message lists them) and change nothing.
    // Otherwise status finalised and into the outbox, in one transaction.
    Result<LocalRecord> finalise(const QString &uuid, const FormDefinition &form);

    // Outbox: records waiting to be sent (not quarantined), oldest first.
    QList<LocalRecord> outboxBatch(int limit) const;
    // An outbox record as a push sends it: the record without its parsed payload, and the payload's text
    // as stored (opened if sealed), so a push batch is built without parsing and re-serialising payloads.
    struct OutboxText
    {
        LocalRecord record; // payload left empty
        QByteArray payload; // compact JSON, normally the canonical text its payloadHash is made of
    };
    // outboxBatch as text, leaving out the uuids in `skip` (records already on their way to the server).
    QList<OutboxText> outboxTextBatch(int limit, const QSet<QString> &skip = {}) const;
    // The server confirmed (uuid, revision): leaves the outbox; sent if nothing changed since.
    Status confirmSent(const QString &uuid, int revision);
    // confirmSent for many (uuid, revision) pairs, in one transaction (one push batch's applied records).
    Status confirmSentMany(const QList<std::pair<QString, int>> &sent);
    // The server will not take it as it is: set aside with the reason, the rest goes on.
    Status quarantine(const QString &uuid, int revision, const QString &reason);
    // Puts every finalised, sent or accepted record back in the outbox (after a server restore).
    Result<int> requeueAll();

    // Pulled changes, applied with the new cursor in one transaction. Returns how many were applied.
    Result<int> applyPulled(const QList<LocalRecord> &records, qint64 nextCursor);

    // Roster forms (LocalStoreRoster.cpp). Each row is a record of its own, matched by the form's key.
    // Adds or updates many rows in one transaction: a row whose key is new is added as a draft, a changed
    // one becomes a draft revision as in saveDraft (keeping the reasons given for its warnings), an
    // identical one is left alone. A row without its key refuses the whole batch and saves nothing; two
    // rows with the same key: the later one wins.
    Result<RosterUpsertResult> upsertRosterRows(const FormDefinition &form, const QString &schoolCode,
                                                const QString &cycle, const QList<QJsonObject> &rows);
    // saveDraft for one roster row (record.uuid empty: a new row), keeping its key and counts current.
    Result<LocalRecord> saveRosterRow(const FormDefinition &form, const LocalRecord &record,
                                      const QJsonObject &payload);
    // A row the server never had is removed; otherwise a revision {"_deleted": true} goes into the outbox.
    // Either way it leaves every list.
    Status deleteRosterRow(const FormDefinition &form, const QString &uuid);
    // Finalises every draft row of the roster and puts them in the outbox, in one transaction, when no row
    // has an error or a warning without a reason; otherwise refuses (saying how many rows) and changes
    // nothing. Returns how many rows were finalised.
    Result<int> finaliseRoster(const FormDefinition &form, const QString &schoolCode, const QString &cycle);
    // The rows of one page, the number of rows the filters match, and the roster's error counts. Rows
    // saved or pulled since they were last listed are first brought up to date (hence not const).
    Result<QList<RosterRow>> rosterPage(const FormDefinition &form, const RosterQuery &query);
    // One row with its counts (nullopt: no such row, or deleted).
    Result<std::optional<RosterRow>> rosterRow(const FormDefinition &form, const QString &uuid);
    Result<int> rosterCount(const FormDefinition &form, const RosterQuery &query);
    Result<RosterIssueCounts> rosterIssueCounts(const FormDefinition &form, const QString &schoolCode,
                                                const QString &cycle);
    // The distinct values of the grade or class column in a roster, sorted (for filter menus).
    Result<QStringList> rosterValues(const FormDefinition &form, const QString &schoolCode,
                                     const QString &cycle, const QString &fieldId);

    // Cycles and review (LocalStoreReview.cpp). Applies pulled cycles and review notes (in seq order)
    // with the new event cursor in one transaction: a published cycle becomes the device's current cycle
    // (the enrolment's), a note moves its submission's state and the status of this device's unchanged
    // records of it (returned, accepted, or sent again after a new submission). Returns how many applied.
    Result<int> applyReviewFeed(const QList<CycleInfo> &cycles, const QList<ReviewNote> &notes,
                                qint64 nextCursor);
    qint64 reviewCursor() const;
    QList<CycleInfo> cycles() const; // newest first
    std::optional<CycleInfo> cycle(const QString &id) const;
    // The form definitions the device's current cycle published (form id -> JSON); empty when none.
    QJsonObject publishedForms() const;
    // Every submission of the cycle the device has heard of (others are not_started).
    QList<SubmissionState> submissions(const QString &cycleId) const;
    SubmissionState submission(const QString &cycleId, const QString &schoolCode,
                               const QString &formId) const;
    // Oldest first.
    QList<ReviewNote> reviewHistory(const QString &cycleId, const QString &schoolCode,
                                    const QString &formId) const;
    // The comments of the return that is still open (state returned), else none.
    QList<ReviewNoteComment> openComments(const QString &cycleId, const QString &schoolCode,
                                          const QString &formId) const;
    // "school|form" of every form with records on this device not yet confirmed by the server (drafts,
    // finalised): what makes a not-yet-submitted form "draft" in the completeness view.
    QSet<QString> unsentForms(const QString &cycleId) const;
    // Replaces the schools of the device's scope.
    Status saveDirectory(const QList<DirectorySchool> &schools);
    QList<DirectorySchool> directory() const; // by town, then code
    // --- Conflicts, merges and the outbox in detail (LocalStoreConflicts.cpp, LocalStoreOutbox.cpp) ---
    // The payload of the last revision the server confirmed or sent (kept by confirmSent, applyPulled).
    std::optional<BasePayload> basePayload(const QString &uuid) const;
    // The server refused `sent` because its copy `server` moved on, and the changes did not overlap:
    // `merged` becomes a new revision based on the server's (finalised and queued; a draft stays a draft
    // if the record was edited since it was sent), and the merge goes into the record's history. If the
    // merged content is the server's, the record simply takes the server's revision.
    Status saveMerged(const LocalRecord &sent, const LocalRecord &server, const QJsonObject &merged,
                      const QString &note);
    // The changes overlap: the record leaves the outbox and waits for a person, with the server's copy.
    Status saveConflict(const LocalRecord &sent, const LocalRecord &server,
                        const std::optional<QJsonObject> &base, const QStringList &fields,
                        const QString &message);
    QList<RecordConflict> conflicts() const;
    std::optional<RecordConflict> conflict(const QString &uuid) const;
    // A person chose: `chosen` becomes a new revision based on the server's copy, finalised and queued
    // (or a draft when `finalise` is false, e.g. the mix of both does not pass validation).
    Result<LocalRecord> resolveConflict(const QString &uuid, const QJsonObject &chosen, bool finalise,
                                        const QString &note);
    QList<RecordHistoryEntry> history(const QString &uuid) const;
    // The outbox for the sync page: waiting (oldest first), then set aside.
    QList<OutboxEntry> outboxEntries(int limit) const;
    // A try to send these failed as a whole (no reply, server busy): counted, with the error, per record.
    Status noteSendFailure(const QStringList &uuids, const QString &error);
    // Encryption at rest of the student health forms S5 and S6 (LocalStoreCrypto.cpp): their payloads are
    // sealed with a data key that is kept only wrapped by the user's PIN. Until unlock() (or setPin() on
    // first use), writing S5/S6 is refused (store.locked) and their records read with an empty payload and
    // `locked` set. The derived roster columns (key, grade, class, sex, name) stay in clear for paging.
    bool hasPin() const;
    bool isUnlocked() const { return m_cipher.isUnlocked(); }
    // First use: makes the data key, and seals every S5/S6 payload already stored, in one transaction.
    Status setPin(const QString &pin, int iterations = KeyParameters::DefaultIterations);
    // A wrong PIN is refused (store.pin) and nothing is read.
    Status unlock(const QString &pin);
    // Re-wraps the data key under the new PIN; no payload is re-encrypted.
    Status changePin(const QString &oldPin, const QString &newPin);
    // The data key of this unlocked store, for a second connection on a worker thread (never stored).
    QByteArray sessionKey() const { return m_cipher.key(); }
    Status unlockWithSessionKey(const QByteArray &key);
    // 6 to 12 digits.
    static Status checkPinText(const QString &pin);
    // An unlocked key is remembered in memory for other connections to the same file in this process (the
    // dashboard's, the import worker's); this forgets them all, as a restart of the program would.
    static void forgetProcessKeys();

    SyncState syncState() const;
    Status noteSyncSuccess(const QDateTime &when);
    Status noteSyncError(const QString &message, const QDateTime &when);

    // Encryption (LocalStoreCrypto.cpp): the text kept in a payload column (sealed for S5/S6 under the
    // record's uuid), and the JSON read back from it. Every table that keeps a payload uses these.
    Result<QString> storedPayload(const QString &uuid, const QString &formId,
                                  const QJsonObject &payload) const;
    QByteArray openedPayload(const QString &uuid, const QByteArray &stored, bool *locked = nullptr) const;

Q_SIGNALS:
    void recordsChanged();
    void syncStateChanged();

private:
    explicit LocalStore(QString path, QString connection);
    Status migrate();
    QSqlDatabase db() const;
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    Status refreshRosterIndex(const FormDefinition &form, const QString &schoolCode, const QString &cycle);
    Status markDuplicates(const QString &formId, const QString &schoolCode, const QString &cycle);
    LocalRecord readRow(const QSqlQuery &query) const;
    Status sealPlainPayloads();
    Status registerSqlFunctions();
    void adoptProcessKey();
    void checkpoint();

    QString m_path;
    QString m_connection;
    PayloadCipher m_cipher;
};

} // namespace junheng

#pragma once

#include "LedgerRow.h"

#include <QAbstractListModel>
#include <QDate>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace junheng {

class LocalStore;

// The issue ledger page (LedgerPage.qml): every failing item per school as the report lists it
// (ReportBuilder::ledgerRows on the engine's results), with the owner, due date, status and note the
// county recorded in C2 (forms/C2.json), filtered by town, status and overdue. A county device edits an
// entry: saved as a C2 row and finalised at once, so it goes out with the next sync; a town device only
// reads. Reads and writes the store at storePath (a connection of its own, like DashboardModel).
class LedgerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileIdChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY computed)
    Q_PROPERTY(QString error READ error NOTIFY computed)
    Q_PROPERTY(QString area READ area NOTIFY computed)
    Q_PROPERTY(QStringList towns READ towns NOTIFY computed)
    Q_PROPERTY(QString townFilter READ townFilter WRITE setTownFilter NOTIFY filterChanged)
    // "" (all), open, in_progress, done, closed (no longer failing)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filterChanged)
    Q_PROPERTY(QString countsText READ countsText NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY computed)
    // Whether the last exportXlsx failed (its text then says why), so the page shows it as an error.
    Q_PROPERTY(bool exportFailed READ exportFailed NOTIFY exported)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SchoolCodeRole,
        ItemCodeRole,
        TownRole,
        WhoRole,
        ItemRole,
        CurrentRole,
        StandardRole,
        GapRole,
        FailingRole,
        RecordedRole,
        OwnerRole,
        DueRole, // YYYY-MM-DD or ""
        StatusRole,
        StatusLabelRole,
        NoteRole,
        OverdueRole,
        SectionRole, // the school (with its town) or the county: the page groups by it
    };
    Q_ENUM(Role)

    explicit LedgerModel(QObject *parent = nullptr);
    ~LedgerModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id);
    bool canEdit() const { return m_canEdit; }
    QString error() const { return m_error; }
    QString area() const { return m_area; }
    QStringList towns() const { return m_towns; }
    QString townFilter() const { return m_townFilter; }
    void setTownFilter(const QString &town);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &status);
    bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool on);
    QString countsText() const;
    int totalCount() const { return int(m_all.size()); }
    bool exportFailed() const { return m_exportFailed; }

    // For tests: "today" for what is overdue (default: the real date).
    void setToday(const QDate &today);

    // Intent: compute the ledger again from what is stored now.
    Q_INVOKABLE void refresh();
    // The status choices: [{value, label}].
    Q_INVOKABLE QVariantList statusChoices() const;
    // Checks an edit: {field id: message} for each field that is wrong (empty when all are right).
    Q_INVOKABLE QVariantMap checkEntry(const QString &owner, const QString &due, const QString &status,
                                       const QString &note) const;
    // Intent (county device): save the entry of the row with this key and queue it for sending.
    // Returns {ok: bool, message: string, errors: {field: message}}.
    Q_INVOKABLE QVariantMap saveEntry(const QString &key, const QString &owner, const QString &due,
                                      const QString &status, const QString &note);
    // Intent: write the rows shown now as an XLSX workbook into `folder`; says where it went, or why not.
    Q_INVOKABLE QString exportXlsx(const QUrl &folder);

Q_SIGNALS:
    void storePathChanged();
    void profileIdChanged();
    void computed();
    void filterChanged();
    void saved(const QString &key);
    void exported();

private:
    bool overdue(const LedgerRow &row) const;
    bool shown(const LedgerRow &row) const;
    void applyFilter();
    QString statusOf(const LedgerRow &row) const;
    QString writeXlsx(const QUrl &folder, bool &ok) const;

    QString m_storePath;
    QString m_profileId = QStringLiteral("national");
    QString m_error, m_area, m_cycleKey, m_cycleName, m_countyName, m_townName, m_countyCode;
    bool m_canEdit = false;
    QStringList m_towns;
    QString m_townFilter, m_statusFilter;
    bool m_overdueOnly = false;
    bool m_exportFailed = false;
    QDate m_today;
    QList<LedgerRow> m_all;
    QList<int> m_shown; // indexes into m_all
    QHash<QString, QString> m_schoolNames;
};

} // namespace junheng

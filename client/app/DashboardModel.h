#pragma once

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace junheng {

struct AssessmentReport;

// The school dashboard (DashboardPage): every indicator and item of the engine's report for this
// device's school and cycle, one row each, grouped by section, with its state and in Chinese what is
// short or missing. Reads the store at storePath (a second connection; the engine only reads).
class DashboardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileIdChanged)
    // The cycle whose records count (records carry their cycle id); empty: the device's current cycle.
    Q_PROPERTY(QString cycle READ cycle WRITE setCycle NOTIFY cycleChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY computed)
    Q_PROPERTY(QString summary READ summary NOTIFY computed)
    Q_PROPERTY(QString error READ error NOTIFY computed)
    // A town's or county's device (enrolment role town/county): all its schools, with coefficients.
    Q_PROPERTY(bool areaView READ areaView NOTIFY computed)
    // For the charts and summaries (DashboardCharts.qml, AreaTables.qml); shapes in fillFigures().
    Q_PROPERTY(QVariantMap fitness READ fitness NOTIFY computed)
    Q_PROPERTY(QVariantMap myopia READ myopia NOTIFY computed)
    Q_PROPERTY(QVariantList indicatorChart READ indicatorChart NOTIFY computed)
    Q_PROPERTY(QVariantList schoolTable READ schoolTable NOTIFY computed)
    Q_PROPERTY(QVariantList coefficients READ coefficients NOTIFY computed)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, // 资源配置 · 小学部, 政府保障与教育质量, 体质健康, 近视
        CodeRole,
        TitleRole,
        StateRole,      // pass, fail, not_computed, needs_evidence, not_applicable
        StateLabelRole, // 达标, 未达标, …
        DetailRole,     // the figures, the gap, what is missing
    };
    Q_ENUM(Role)

    explicit DashboardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id);
    QString cycle() const { return m_cycle; }
    void setCycle(const QString &cycle);
    // The last computed report (null before refresh()), for views that group it otherwise (CountyIndicators).
    std::shared_ptr<const AssessmentReport> report() const { return m_report; }
    QString profileName() const { return m_profileName; }
    QString summary() const { return m_summary; }
    QString error() const { return m_error; }
    bool areaView() const { return m_areaView; }
    QVariantMap fitness() const { return m_fitness; }
    QVariantMap myopia() const { return m_myopia; }
    QVariantList indicatorChart() const { return m_indicatorChart; }
    QVariantList schoolTable() const { return m_schoolTable; }
    QVariantList coefficients() const { return m_coefficients; }

    // Intent: compute again from what is stored now.
    Q_INVOKABLE void refresh();
    // Intent (town and county devices): write the report an official hands up, as XLSX and PDF with
    // charts, into `folder` (reports/). Returns what was saved, or what went wrong, in plain words.
    Q_INVOKABLE QString exportReport(const QUrl &folder);
    // Intent (town and county devices): write the national fitness upload file of the cycle (every
    // school's S6 rows it has pulled) into `folder` (UploadExport). Returns where and how many rows, or
    // what went wrong, in plain words.
    Q_INVOKABLE QString exportUploadFile(const QUrl &folder);

Q_SIGNALS:
    void storePathChanged();
    void profileIdChanged();
    void cycleChanged();
    void computed();

private:
    struct Row
    {
        QString section, code, title, state, stateLabel, detail;
    };

    void fillFigures(const AssessmentReport &report, const QString &schoolCode);

    QString m_storePath;
    QString m_profileId = QStringLiteral("national");
    QString m_cycle;
    QString m_profileName, m_summary, m_error;
    QList<Row> m_rows;
    bool m_areaView = false;
    QVariantMap m_fitness, m_myopia;
    QVariantList m_indicatorChart, m_schoolTable, m_coefficients;
    std::shared_ptr<const AssessmentReport> m_report; // the last computed, for exportReport
    QString m_countyName, m_townName, m_cycleName;    // the town's name on a town device only
    QString m_cycleKey;                               // the cycle the records are filed under
};

} // namespace junheng

#pragma once

#include "FormDefinition.h"
#include "LocalStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QtQmlIntegration>

namespace junheng {

// The rows of one roster (form, school, cycle) for the grid: column 0 is the row's marker (number and
// error mark), then one column per field. Rows are fetched from the store a page at a time, only when the
// grid shows them, and a few pages are kept; filters, sorting and counts are done by the store in SQL, so
// 3,000 or 50,000 rows cost the same to open.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RosterModel belongs to RosterController")
    Q_PROPERTY(int totalRows READ totalRows NOTIFY countsChanged)
    Q_PROPERTY(int errorRows READ errorRows NOTIFY countsChanged)
    Q_PROPERTY(int warningRows READ warningRows NOTIFY countsChanged)
    Q_PROPERTY(int shownRows READ shownRows NOTIFY countsChanged)
    Q_PROPERTY(QString grade READ grade WRITE setGrade NOTIFY filtersChanged)
    Q_PROPERTY(QString className READ className WRITE setClassName NOTIFY filtersChanged)
    Q_PROPERTY(QString sex READ sex WRITE setSex NOTIFY filtersChanged)
    Q_PROPERTY(int issueFilter READ issueFilter WRITE setIssueFilter NOTIFY
                   filtersChanged) // 0 all, 1 errors, 2 warnings
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    // Only the rows with these uuids (e.g. those with review comments); null: any row.
    Q_PROPERTY(QVariant onlyRows READ onlyRows WRITE setOnlyRows NOTIFY filtersChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(QStringList gradeOptions READ gradeOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList classOptions READ classOptions NOTIFY optionsChanged)
    Q_PROPERTY(QString gradeLabel READ gradeLabel NOTIFY formChanged)
    Q_PROPERTY(QString classLabel READ classLabel NOTIFY formChanged)
    Q_PROPERTY(bool hasSex READ hasSex NOTIFY formChanged)

public:
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 8;

    enum Role {
        SeverityRole = Qt::UserRole + 1, // this cell: "hard", "soft" or ""
        MessageRole,                     // this cell's messages (the marker: every message of the row)
        RowSeverityRole,                 // the row's worst: "hard", "soft" or ""
        RowNumberRole,                   // 1-based position in the current order
        MarkerRole,                      // column 0
        RowIssuesRole,                   // "2 处错误 1 处提醒", empty when the row is clean
        UuidRole,                        // the row's record (review comments name rows by it)
    };
    Q_ENUM(Role)

    explicit RosterModel(LocalStore *store, QObject *parent = nullptr);

    void open(const FormDefinition *form, const QString &schoolCode, const QString &cycle);
    void close();
    const FormDefinition *form() const { return m_form; }
    QString schoolCode() const { return m_query.schoolCode; }
    QString cycle() const { return m_query.cycle; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int totalRows() const { return m_counts.rows; }
    int errorRows() const { return m_counts.rowsWithErrors; }
    int warningRows() const { return m_counts.rowsWithWarnings; }
    int shownRows() const { return m_shown; }
    QString grade() const { return m_query.grade; }
    QString className() const { return m_query.className; }
    QString sex() const { return m_query.sex; }
    int issueFilter() const { return int(m_query.issues); }
    QString search() const { return m_query.search; }
    void setGrade(const QString &value);
    void setClassName(const QString &value);
    void setSex(const QString &value);
    void setIssueFilter(int value);
    void setSearch(const QString &value);
    QVariant onlyRows() const;
    void setOnlyRows(const QVariant &uuids);
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_query.order == Qt::DescendingOrder; }
    QStringList gradeOptions() const { return m_gradeOptions; }
    QStringList classOptions() const { return m_classOptions; }
    QString gradeLabel() const;
    QString classLabel() const;
    bool hasSex() const;

    // Column titles and widths for the grid's header; the field behind a column (-1 / nullptr: marker).
    Q_INVOKABLE QString columnTitle(int column) const;
    Q_INVOKABLE int columnWidth(int column) const;
    const FormField *fieldAt(int column) const;
    // Sorts by this column; a second click on the same column reverses the order.
    Q_INVOKABLE void sortBy(int column);
    // Keyboard entry in the grid: parses the text as the field's editor would and saves the row at once.
    // Returns an empty string, or why it could not be saved (the cell shows validation messages itself).
    Q_INVOKABLE QString setCellText(int row, int column, const QString &text);
    Q_INVOKABLE QString cellText(int row, int column) const;
    // The stored row at this position (fetched if needed); nullopt past the end.
    std::optional<LocalRecord> recordAt(int row) const;
    Q_INVOKABLE QString rowUuid(int row) const;
    // Re-reads counts and rows (after an external change, or a save from the row editor).
    Q_INVOKABLE void refresh();
    // The language changed: rows, messages and column titles are made again.
    void retranslate();

Q_SIGNALS:
    void countsChanged();
    void filtersChanged();
    void sortChanged();
    void optionsChanged();
    void formChanged();

private:
    struct CellIssue
    {
        QString severity;
        QString message;
    };
    struct CachedRow
    {
        RosterRow row;
        QStringList texts; // one per field
        QHash<QString, CellIssue> issues;
        QString messages; // every message of the row, one per line
        QString severity;
        int hard = 0;
        int soft = 0;
    };
    struct Page
    {
        QList<CachedRow> rows;
        quint64 used = 0;
    };

    const CachedRow *rowAt(int row) const;
    CachedRow makeRow(const RosterRow &row) const;
    void requery();
    void recount();
    void reloadOptions();

    LocalStore *m_store;
    const FormDefinition *m_form = nullptr;
    RosterQuery m_query;
    int m_sortColumn = -1;
    RosterIssueCounts m_counts;
    int m_shown = 0;
    QStringList m_gradeOptions;
    QStringList m_classOptions;
    bool m_saving = false;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace junheng

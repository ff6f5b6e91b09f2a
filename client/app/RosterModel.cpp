#include "RosterModel.h"

#include "RosterIndex.h"
#include "Validator.h"

#include <algorithm>

namespace junheng {

namespace {

const FormField *fieldInColumn(const FormDefinition *form, const char *column)
{
    if (!form)
        return nullptr;
    for (const FormField &field : form->fields) {
        if (RosterIndex::columnFor(*form, field.id) == QLatin1String(column))
            return &field;
    }
    return nullptr;
}

template <typename T> T valueOr(Result<T> result, T fallback)
{
    return result ? std::move(result).value() : std::move(fallback);
}

} // namespace

RosterModel::RosterModel(LocalStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    // Changes from elsewhere (a pull, the CLI, the row editor) re-read the rows; the grid's own cell saves
    // update their row in place so the cell being typed in keeps its place and focus.
    connect(m_store, &LocalStore::recordsChanged, this, [this] {
        if (m_form && !m_saving)
            refresh();
    });
}

void RosterModel::open(const FormDefinition *form, const QString &schoolCode, const QString &cycle)
{
    beginResetModel();
    m_form = form;
    m_query = RosterQuery{};
    m_query.schoolCode = schoolCode;
    m_query.cycle = cycle;
    m_query.limit = PageSize;
    m_sortColumn = -1;
    m_pages.clear();
    recount();
    endResetModel();
    reloadOptions();
    emit formChanged();
    emit filtersChanged();
    emit sortChanged();
}

void RosterModel::close()
{
    beginResetModel();
    m_form = nullptr;
    m_pages.clear();
    m_counts = {};
    m_shown = 0;
    endResetModel();
    emit countsChanged();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_form ? 0 : m_shown;
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_form ? 0 : int(m_form->fields.size()) + 1;
}

const FormField *RosterModel::fieldAt(int column) const
{
    if (!m_form || column < 1 || column > m_form->fields.size())
        return nullptr;
    return &m_form->fields.at(column - 1);
}

RosterModel::CachedRow RosterModel::makeRow(const RosterRow &row) const
{
    CachedRow cached;
    cached.row = row;
    const QJsonObject &payload = row.record.payload;
    for (const FormField &field : m_form->fields) {
        QString text =
            payload.contains(field.id) ? Validator::displayText(field, payload.value(field.id)) : QString();
        if (field.type == FieldType::Choice && !text.isEmpty())
            text = field.choiceText(text); // 男, not 1; typing the label back is read as the value
        else if (field.type == FieldType::Boolean && (text == u"是" || text == u"否"))
            text = text == u"是" ? tr("是") : tr("否"); // Yes / No in English: both are read back too
        cached.texts << text;
    }
    // Messages per cell, for the marks in the grid; the store's counts say the same (same Validator).
    const ValidationReport report = Validator::validate(*m_form, payload);
    QStringList lines;
    for (const ValidationIssue &issue : report.issues) {
        if (!issue.blocks())
            continue; // a warning the person gave a reason for is settled
        CellIssue &cell = cached.issues[issue.fieldId];
        if (cell.severity != QLatin1String("hard"))
            cell.severity =
                issue.severity == Severity::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
        cell.message += (cell.message.isEmpty() ? QString() : QStringLiteral("\n")) + issue.message;
        lines << issue.message;
    }
    cached.hard = report.hardCount();
    cached.soft = report.unreasonedSoftCount();
    if (row.duplicate) {
        QStringList keyTexts;
        for (const QString &key : m_form->key) {
            const FormField *field = m_form->field(key);
            keyTexts << tr("「%1」%2")
                            .arg(field ? field->label.text() : key,
                                 field ? Validator::displayText(*field, payload.value(key))
                                       : payload.value(key).toString());
        }
        const QString message =
            tr("%1 在名单中出现了不止一次：请核对后删除或改正重复的行。").arg(keyTexts.join(tr("、")));
        for (const QString &key : m_form->key) {
            CellIssue &cell = cached.issues[key];
            cell.severity = QStringLiteral("hard");
            cell.message += (cell.message.isEmpty() ? QString() : QStringLiteral("\n")) + message;
        }
        lines << message;
        ++cached.hard;
    }
    cached.messages = lines.join(QLatin1Char('\n'));
    cached.severity = cached.hard > 0   ? QStringLiteral("hard")
                      : cached.soft > 0 ? QStringLiteral("soft")
                                        : QString();
    return cached;
}

const RosterModel::CachedRow *RosterModel::rowAt(int row) const
{
    if (!m_form || row < 0 || row >= m_shown)
        return nullptr;
    const int pageIndex = row / PageSize;
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages) {
            auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                           [](const Page &a, const Page &b) { return a.used < b.used; });
            m_pages.erase(oldest);
        }
        RosterQuery query = m_query;
        query.offset = pageIndex * PageSize;
        query.limit = PageSize;
        Page page;
        auto rows = m_store->rosterPage(*m_form, query);
        if (rows) {
            for (const RosterRow &fetched : rows.value())
                page.rows.append(makeRow(fetched));
        }
        found = m_pages.insert(pageIndex, page);
    }
    found->used = ++m_useClock;
    const int inPage = row % PageSize;
    return inPage < found->rows.size() ? &found->rows.at(inPage) : nullptr;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedRow *row = rowAt(index.row());
    if (!row)
        return {};
    const FormField *field = fieldAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return field ? row->texts.at(index.column() - 1) : QString::number(index.row() + 1);
    case SeverityRole:
        return field ? row->issues.value(field->id).severity : row->severity;
    case MessageRole:
        return field ? row->issues.value(field->id).message : row->messages;
    case RowSeverityRole:
        return row->severity;
    case RowNumberRole:
        return index.row() + 1;
    case MarkerRole:
        return field == nullptr;
    case RowIssuesRole: {
        QStringList parts;
        if (row->hard > 0)
            parts << tr("%1 处错误").arg(row->hard);
        if (row->soft > 0)
            parts << tr("%1 处提醒").arg(row->soft);
        return parts.join(QLatin1Char(' '));
    }
    case UuidRole:
        return row->row.record.uuid;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnTitle(section);
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {SeverityRole, "severity"},
            {MessageRole, "message"},     {RowSeverityRole, "rowSeverity"},
            {RowNumberRole, "rowNumber"}, {MarkerRole, "marker"},
            {RowIssuesRole, "rowIssues"}, {UuidRole, "uuid"}};
}

QString RosterModel::columnTitle(int column) const
{
    const FormField *field = fieldAt(column);
    if (!field)
        return tr("序号");
    return field->unit.isEmpty() ? field->label.text()
                                 : tr("%1（%2）").arg(field->label.text(), field->unitText());
}

int RosterModel::columnWidth(int column) const
{
    const FormField *field = fieldAt(column);
    if (!field)
        return 96; // the number, the error mark and the mark of a reviewer's comment
    // Wide enough for the title (CJK characters are about one font size wide) and a typical value.
    int value = 96;
    switch (field->type) {
    case FieldType::Text:
        value =
            field->id.contains(QLatin1String("id")) || field->id.contains(QLatin1String("_no")) ? 200 : 120;
        break;
    case FieldType::Date:
        value = 130;
        break;
    case FieldType::Choice:
        value = 110;
        break;
    default:
        break;
    }
    const int title = int(columnTitle(column).size()) * 16 + 36; // room for the sort arrow
    return std::max(value, std::min(title, 220));
}

void RosterModel::requery()
{
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

void RosterModel::recount()
{
    if (!m_form)
        return;
    m_counts =
        valueOr(m_store->rosterIssueCounts(*m_form, m_query.schoolCode, m_query.cycle), RosterIssueCounts{});
    m_shown = valueOr(m_store->rosterCount(*m_form, m_query), 0);
    emit countsChanged();
}

void RosterModel::reloadOptions()
{
    m_gradeOptions.clear();
    m_classOptions.clear();
    if (m_form) {
        if (const FormField *grade = fieldInColumn(m_form, "row_grade"))
            m_gradeOptions = valueOr(
                m_store->rosterValues(*m_form, m_query.schoolCode, m_query.cycle, grade->id), QStringList{});
        if (const FormField *cls = fieldInColumn(m_form, "row_class"))
            m_classOptions = valueOr(
                m_store->rosterValues(*m_form, m_query.schoolCode, m_query.cycle, cls->id), QStringList{});
    }
    emit optionsChanged();
}

QString RosterModel::gradeLabel() const
{
    const FormField *field = fieldInColumn(m_form, "row_grade");
    return field ? field->label.text() : QString();
}

QString RosterModel::classLabel() const
{
    const FormField *field = fieldInColumn(m_form, "row_class");
    return field ? field->label.text() : QString();
}

bool RosterModel::hasSex() const
{
    return fieldInColumn(m_form, "row_sex") != nullptr;
}

void RosterModel::setGrade(const QString &value)
{
    if (value == m_query.grade)
        return;
    m_query.grade = value;
    emit filtersChanged();
    requery();
}

void RosterModel::setClassName(const QString &value)
{
    if (value == m_query.className)
        return;
    m_query.className = value;
    emit filtersChanged();
    requery();
}

void RosterModel::setSex(const QString &value)
{
    if (value == m_query.sex)
        return;
    m_query.sex = value;
    emit filtersChanged();
    requery();
}

void RosterModel::setIssueFilter(int value)
{
    const auto filter = RosterIssueFilter(std::clamp(value, 0, 2));
    if (filter == m_query.issues)
        return;
    m_query.issues = filter;
    emit filtersChanged();
    requery();
}

void RosterModel::setSearch(const QString &value)
{
    if (value == m_query.search)
        return;
    m_query.search = value;
    emit filtersChanged();
    requery();
}

QVariant RosterModel::onlyRows() const
{
    return m_query.uuids ? QVariant(*m_query.uuids) : QVariant();
}

void RosterModel::setOnlyRows(const QVariant &uuids)
{
    std::optional<QStringList> next;
    if (uuids.isValid() && !uuids.isNull())
        next = uuids.toStringList();
    if (next == m_query.uuids)
        return;
    m_query.uuids = next;
    emit filtersChanged();
    requery();
}

void RosterModel::sortBy(int column)
{
    const FormField *field = fieldAt(column);
    if (!field)
        return;
    if (m_sortColumn == column) {
        m_query.order = m_query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    } else {
        m_sortColumn = column;
        m_query.order = Qt::AscendingOrder;
    }
    m_query.sortField = field->id;
    emit sortChanged();
    requery();
}

QString RosterModel::cellText(int row, int column) const
{
    const CachedRow *cached = rowAt(row);
    return cached && fieldAt(column) ? cached->texts.at(column - 1) : QString();
}

std::optional<LocalRecord> RosterModel::recordAt(int row) const
{
    const CachedRow *cached = rowAt(row);
    if (!cached)
        return std::nullopt;
    return cached->row.record;
}

QString RosterModel::rowUuid(int row) const
{
    const CachedRow *cached = rowAt(row);
    return cached ? cached->row.record.uuid : QString();
}

QString RosterModel::setCellText(int row, int column, const QString &text)
{
    const FormField *field = fieldAt(column);
    const CachedRow *cached = rowAt(row);
    if (!field || !cached)
        return tr("这一格不能填写。");
    if (cached->texts.at(column - 1) == text.trimmed())
        return {};
    QJsonObject payload = cached->row.record.payload;
    if (text.trimmed().isEmpty())
        payload.remove(field->id);
    else
        payload.insert(field->id, Validator::parseInput(*field, text));
    m_saving = true;
    auto saved = m_store->saveRosterRow(*m_form, cached->row.record, payload);
    m_saving = false;
    if (!saved)
        return saved.error().message;
    // The row stays where it is until the next re-read, as in a spreadsheet, even if the sort or the
    // filters would now place it elsewhere. Its counts and duplicate flag come from the store.
    recount();
    const int pageIndex = row / PageSize;
    auto page = m_pages.find(pageIndex);
    if (page != m_pages.end() && row % PageSize < page->rows.size()) {
        if (auto updated = m_store->rosterRow(*m_form, saved->uuid); updated && updated.value())
            page->rows[row % PageSize] = makeRow(*updated.value());
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return {};
}

void RosterModel::retranslate()
{
    if (!m_form)
        return;
    refresh();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit formChanged();
}

void RosterModel::refresh()
{
    if (!m_form)
        return;
    requery();
    reloadOptions();
}

} // namespace junheng

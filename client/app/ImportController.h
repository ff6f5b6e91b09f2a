#pragma once

#include "ImportPreview.h"
#include "Layout.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>
#include <atomic>
#include <memory>

namespace junheng {

class RosterController;

// The import screen of a roster (S3, S5, S6): pick the layout and a file, map the headers the layout does
// not know, see every problem before anything is written, then import all rows, only the valid ones, or
// none; the problems can be saved as XLSX. Reading, checking and writing run on a worker thread (the
// writer with its own store connection) so a 3,000-row file never freezes the page; cancel stops the
// check, and a cancelled import has written nothing.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "choose" (no file yet or the file was refused), "checking", "preview", "writing", "done"
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    // The worker thread is running (a cancelled check may still be winding down).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString formId READ formId NOTIFY formChanged)
    Q_PROPERTY(QString formTitle READ formTitle NOTIFY formChanged)
    Q_PROPERTY(QVariantList layouts READ layouts NOTIFY formChanged) // [{id, title}]
    Q_PROPERTY(QString layoutId READ layoutId WRITE setLayoutId NOTIFY formChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY progressChanged)
    // The file as a whole could not be read or checked (a required column missing, not a workbook, …).
    Q_PROPERTY(QString fileError READ fileError NOTIFY fileChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)
    Q_PROPERTY(int rowCount READ rowCount NOTIFY previewChanged)
    Q_PROPERTY(int validCount READ validCount NOTIFY previewChanged)
    Q_PROPERTY(int invalidCount READ invalidCount NOTIFY previewChanged)
    Q_PROPERTY(int hardCount READ hardCount NOTIFY previewChanged)
    Q_PROPERTY(int softCount READ softCount NOTIFY previewChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY previewChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY previewChanged)
    Q_PROPERTY(QString encoding READ encoding NOTIFY previewChanged)
    // The file's headers no layout column matched (or mapped by hand): [{header, fieldId}].
    Q_PROPERTY(QVariantList mappingRows READ mappingRows NOTIFY mappingChanged)
    Q_PROPERTY(QVariantList fieldOptions READ fieldOptions NOTIFY formChanged) // [{fieldId, label}]
    Q_PROPERTY(int page READ page NOTIFY pageChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY previewChanged)
    Q_PROPERTY(QVariantList problemPage READ problemPage NOTIFY pageChanged)

public:
    static constexpr int ProblemsPerPage = 50;

    ImportController(LocalStore *store, RosterController *roster, QObject *parent = nullptr);
    ~ImportController() override;
    static ImportController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<ImportController>::instanceFor(engine);
    }

    // Whether a roster form has a file layout (S3, S5, S6).
    Q_INVOKABLE bool canImport(const QString &formId) const;
    // Starts over for the roster open in RosterController.
    Q_INVOKABLE bool begin();
    Q_INVOKABLE void chooseFile(const QUrl &file);
    // header -> field id ("" removes the mapping); check() applies it.
    Q_INVOKABLE void setMapping(const QString &header, const QString &fieldId);
    Q_INVOKABLE void check();
    // Stops a running check (nothing is written) or leaves the preview without importing.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void importRows(bool validOnly);
    Q_INVOKABLE bool saveReport(const QUrl &file);
    Q_INVOKABLE void setPage(int page);
    Q_INVOKABLE QString suggestedReportName() const;

    QString stage() const { return m_stage; }
    bool busy() const;
    QString formId() const;
    QString formTitle() const;
    QVariantList layouts() const;
    QString layoutId() const { return m_layout ? m_layout->id : QString(); }
    void setLayoutId(const QString &id);
    QString fileName() const;
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    QString fileError() const { return m_fileError; }
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }
    int rowCount() const { return m_preview ? int(m_preview->rows.size()) : 0; }
    int validCount() const { return m_preview ? m_preview->validCount() : 0; }
    int invalidCount() const { return m_preview ? m_preview->invalidCount() : 0; }
    int hardCount() const { return m_preview ? m_preview->hardCount() : 0; }
    int softCount() const { return m_preview ? m_preview->softCount() : 0; }
    int problemCount() const { return m_preview ? int(m_preview->problems.size()) : 0; }
    QStringList notes() const { return m_preview ? m_preview->notes : QStringList(); }
    QString encoding() const { return m_preview ? m_preview->encoding : QString(); }
    QVariantList mappingRows() const;
    QVariantList fieldOptions() const;
    int page() const { return m_page; }
    int pageCount() const;
    QVariantList problemPage() const;

    // The Chinese name of a problem's rule id ("range" -> 超出范围).
    static QString ruleLabel(const QString &rule);

Q_SIGNALS:
    void stageChanged();
    void busyChanged();
    void formChanged();
    void fileChanged();
    void progressChanged();
    void noticeChanged();
    void previewChanged();
    void mappingChanged();
    void pageChanged();
    // A check ended (preview shown, file refused or cancelled) / rows were written (or not: ok false).
    void checkFinished();
    void importFinished(bool ok);

private:
    struct CheckOutcome;
    struct WriteOutcome;

    void setStage(const QString &stage);
    void setNotice(const QString &text, bool isError);
    void startWorker(std::function<void()> work);
    void onProgress(int generation, int done, int total);
    void onChecked(int generation, const std::shared_ptr<CheckOutcome> &outcome);
    void onWritten(int generation, const std::shared_ptr<WriteOutcome> &outcome);

    LocalStore *m_store;
    RosterController *m_roster;
    const FormDefinition *m_form = nullptr;
    const Layout *m_layout = nullptr;
    QString m_schoolCode;
    QString m_cycle;
    QString m_path;
    QString m_stage = QStringLiteral("choose");
    int m_done = 0;
    int m_total = 0;
    QString m_fileError;
    QString m_notice;
    bool m_noticeIsError = false;
    std::optional<ImportPreview> m_preview;
    QStringList m_headers;              // the file's header row as last read
    QHash<QString, QString> m_detected; // header -> field id found by the layout
    QHash<QString, QString> m_mapping;  // header -> field id set by hand
    int m_page = 0;
    int m_generation = 0;
    std::atomic_bool m_cancel = false;
    QPointer<QThread> m_worker;
};

} // namespace junheng

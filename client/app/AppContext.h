#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>
#include <vector>

namespace junheng {

class AppController;
class ConflictController;
class SyncPageController;
class FormController;
class LanguageController;
class ImportController;
class PinController;
class RosterController;
class ReviewController;
class SchoolComments;
class SyncController;
class SyncEngine;

struct AppOptions
{
    QString storePath;                                      // empty: LocalStore::defaultPath()
    QString formsDirectory = FormCatalog::builtInDirectory; // --forms DIR
    bool autoSync = true; // sync by itself (timer, after finalising); off in tests: no network
    QString language;     // "zh_CN" / "en" (--lang, tests): this run only; empty: saved choice, else locale
    QString settingsFile; // INI file for the saved language; empty: the app's QSettings
    QString pin;          // the PIN of the student health data (S5, S6) when given ($JUNHENG_PIN, tests)
    int pinIterations = KeyParameters::DefaultIterations; // for a PIN set here on first use
};

// The app's services, built once and published to QML as singletons: the store, the form catalog,
// the sync engine and the controllers. main() and the render tests wire the app the same way with it.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    // Opens the store and the forms and publishes the controllers. On failure error() says why (in
    // Chinese, with what to do) and only AppController, carrying that error, is published.
    bool start(const AppOptions &options);
    QString error() const { return m_error; }

    // The QML file to load: the main window, or the start-up error window when start() failed.
    QUrl mainFile() const;

    LocalStore *store() const { return m_store.get(); }
    SyncEngine *syncEngine() const { return m_syncEngine.get(); }
    AppController *appController() const { return m_appController.get(); }
    FormController *formController() const { return m_formController.get(); }
    SyncController *syncController() const { return m_syncController.get(); }
    RosterController *rosterController() const { return m_rosterController.get(); }
    LanguageController *languageController() const { return m_languageController.get(); }
    SyncPageController *syncPageController() const { return m_syncPageController.get(); }
    ConflictController *conflictController() const { return m_conflictController.get(); }
    ImportController *importController() const { return m_importController.get(); }
    PinController *pinController() const { return m_pinController.get(); }
    ReviewController *reviewController() const { return m_reviewController.get(); }
    SchoolComments *schoolComments() const { return m_schoolComments.get(); }

private:
    void fail(const QString &message);
    // Puts the current cycle's published form definitions in the catalog: at start quietly, after a sync
    // with a notice naming the forms that changed.
    void applyPublishedForms(bool announce);

    QString m_error;
    std::unique_ptr<LanguageController> m_languageController;
    // Declared in dependency order: destroyed controllers first, store last.
    std::unique_ptr<LocalStore> m_store;
    std::optional<FormCatalog> m_catalog;
    // Catalogs replaced by a newly published version: a page still open keeps pointers into them.
    std::vector<std::unique_ptr<FormCatalog>> m_retiredCatalogs;
    std::optional<FormCatalog> m_builtInCatalog; // what the published definitions are laid over
    QJsonObject m_appliedForms;                  // the published definitions now in m_catalog
    std::unique_ptr<SyncEngine> m_syncEngine;
    std::unique_ptr<FormController> m_formController;
    std::unique_ptr<RosterController> m_rosterController;
    std::unique_ptr<ImportController> m_importController; // its worker finishes before the store closes
    std::unique_ptr<PinController> m_pinController;
    std::unique_ptr<AppController> m_appController;
    std::unique_ptr<SyncController> m_syncController;
    std::unique_ptr<ConflictController> m_conflictController;
    std::unique_ptr<SyncPageController> m_syncPageController;
    std::unique_ptr<ReviewController> m_reviewController;
    std::unique_ptr<SchoolComments> m_schoolComments;
};

} // namespace junheng

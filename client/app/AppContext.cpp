#include "AppContext.h"

#include "AppController.h"
#include "ConflictController.h"
#include "FormController.h"
#include "ImportController.h"
#include "LanguageController.h"
#include "PinController.h"
#include "QtCompat.h"
#include "ReviewController.h"
#include "RosterController.h"
#include "SchoolComments.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "SyncPageController.h"

#include <QGuiApplication>

namespace junheng {

AppContext::AppContext(QObject *parent) : QObject(parent) {}

AppContext::~AppContext()
{
    if (m_formController)
        m_formController->saveIfDirty();
    QmlSingleton<AppController>::publish(nullptr);
    QmlSingleton<FormController>::publish(nullptr);
    QmlSingleton<SyncController>::publish(nullptr);
    QmlSingleton<RosterController>::publish(nullptr);
    QmlSingleton<LanguageController>::publish(nullptr);
    QmlSingleton<SyncPageController>::publish(nullptr);
    QmlSingleton<ConflictController>::publish(nullptr);
    QmlSingleton<ImportController>::publish(nullptr);
    QmlSingleton<PinController>::publish(nullptr);
    QmlSingleton<ReviewController>::publish(nullptr);
    QmlSingleton<SchoolComments>::publish(nullptr);
}

bool AppContext::start(const AppOptions &options)
{
    // First, so that even the start-up error is in the chosen language.
    m_languageController = std::make_unique<LanguageController>(options.settingsFile, nullptr);
    m_languageController->start(options.language);
    QmlSingleton<LanguageController>::publish(m_languageController.get());

    const QString path = options.storePath.isEmpty() ? LocalStore::defaultPath() : options.storePath;
    auto opened = LocalStore::open(path);
    if (!opened) {
        fail(tr("无法打开本机数据库（%1）：%2").arg(path, opened.error().message) + QLatin1Char('\n') +
             tr("处理好后重新打开本软件；仍然不行请联系县教育局的技术人员。"));
        return false;
    }
    m_store = std::move(opened.value());
    if (!options.pin.isEmpty()) {
        Status unlocked = m_store->hasPin() ? m_store->unlock(options.pin)
                                            : m_store->setPin(options.pin, options.pinIterations);
        if (!unlocked) {
            fail(unlocked.error().message);
            return false;
        }
    }

    auto catalog = FormCatalog::load(options.formsDirectory);
    if (!catalog) {
        fail(tr("无法读取表单定义（%1）：%2").arg(options.formsDirectory, catalog.error().message) +
             QLatin1Char('\n') + tr("请重新安装本软件，或检查 --forms 指定的文件夹。"));
        return false;
    }
    m_builtInCatalog = catalog.value();
    m_catalog = std::move(catalog.value());

    m_syncEngine = std::make_unique<SyncEngine>(m_store.get());
    m_formController = std::make_unique<FormController>(m_store.get());
    m_rosterController = std::make_unique<RosterController>(m_store.get());
    m_rosterController->setCatalog(&*m_catalog);
    m_importController = std::make_unique<ImportController>(m_store.get(), m_rosterController.get());
    m_pinController = std::make_unique<PinController>(m_store.get());
    m_appController = std::make_unique<AppController>(m_store.get(), &*m_catalog, m_formController.get());
    m_appController->setRosterController(m_rosterController.get());
    m_syncController = std::make_unique<SyncController>(m_store.get(), m_syncEngine.get());
    m_conflictController = std::make_unique<ConflictController>(m_store.get(), &*m_catalog);
    m_syncPageController = std::make_unique<SyncPageController>(
        m_store.get(), m_syncEngine.get(), &*m_catalog, m_appController.get(), m_conflictController.get());
    m_reviewController = std::make_unique<ReviewController>(m_store.get(), &*m_catalog, m_syncEngine.get());
    m_schoolComments = std::make_unique<SchoolComments>(m_store.get(), &*m_catalog, m_syncEngine.get());

    // A finalised form goes out at once when the network allows, not at the next timer tick.
    if (options.autoSync) {
        connect(m_formController.get(), &FormController::finalised, m_syncController.get(),
                &SyncController::syncNow);
        connect(m_rosterController.get(), &RosterController::finalised, m_syncController.get(),
                &SyncController::syncNow);
    }
    applyPublishedForms(false);
    // The CLI may enrol the device while the app runs; a sync may bring the cycle's name and forms.
    connect(m_syncEngine.get(), &SyncEngine::enrolFinished, m_appController.get(), &AppController::refresh);
    connect(m_syncEngine.get(), &SyncEngine::syncFinished, this, [this] { applyPublishedForms(true); });
    connect(m_syncEngine.get(), &SyncEngine::syncFinished, m_appController.get(), &AppController::refresh);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // A tablet may kill a backgrounded app without warning: save before that can happen.
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive) {
                m_appController->refresh();
                m_syncController->refresh();
            } else {
                m_formController->saveIfDirty();
            }
        });
        connect(app, &QCoreApplication::aboutToQuit, m_formController.get(), &FormController::saveIfDirty);
    }
    m_syncEngine->setAutoSync(options.autoSync);
    // qsTr texts follow QQmlEngine::retranslate(); the texts the controllers built follow this.
    connect(m_languageController.get(), &LanguageController::languageChanged, this, [this] {
        m_appController->forms()->refresh();
        m_syncController->refresh();
        m_formController->retranslate();
        m_rosterController->retranslate();
        m_reviewController->reload();
        m_schoolComments->refresh();
    });

    QmlSingleton<AppController>::publish(m_appController.get());
    QmlSingleton<FormController>::publish(m_formController.get());
    QmlSingleton<SyncController>::publish(m_syncController.get());
    QmlSingleton<RosterController>::publish(m_rosterController.get());
    QmlSingleton<SyncPageController>::publish(m_syncPageController.get());
    QmlSingleton<ConflictController>::publish(m_conflictController.get());
    QmlSingleton<ImportController>::publish(m_importController.get());
    QmlSingleton<PinController>::publish(m_pinController.get());
    QmlSingleton<ReviewController>::publish(m_reviewController.get());
    QmlSingleton<SchoolComments>::publish(m_schoolComments.get());
    return true;
}

QUrl AppContext::mainFile() const
{
    return qtcompat::moduleFile(m_error.isEmpty() ? QStringLiteral("Main.qml")
                                                  : QStringLiteral("StartupError.qml"));
}

void AppContext::applyPublishedForms(bool announce)
{
    const QJsonObject published = m_store->publishedForms();
    if (published == m_appliedForms)
        return;
    QStringList changed;
    auto updated = m_builtInCatalog->withPublished(published, &changed);
    if (!updated) {
        // The built-in definitions stay; the server will say which records it cannot accept.
        m_appController->setFormsNotice(tr("县教育局发布的表单这台设备用不了：%1 请联系县教育局的技术人员。")
                                            .arg(updated.error().message));
        m_appliedForms = published;
        return;
    }
    m_appliedForms = published;
    // Moving keeps the old definitions where they are: a page open now goes on using them.
    m_retiredCatalogs.push_back(std::make_unique<FormCatalog>(std::move(*m_catalog)));
    *m_catalog = std::move(updated).value();
    m_appController->forms()->refresh();
    if (!changed.isEmpty() && announce)
        m_appController->setFormsNotice(tr("县教育局发布了新版表单：%1。正在填写的表单请返回首页后重新打开。")
                                            .arg(changed.join(QStringLiteral("、"))));
}

void AppContext::fail(const QString &message)
{
    m_error = message;
    m_appController = std::make_unique<AppController>(message);
    QmlSingleton<AppController>::publish(m_appController.get());
}

} // namespace junheng

// The county's completeness view with 500 schools (issue 7: opens in ≤ 300 ms), as the clerk sees it: the
// app wired as main() does (AppContext, Main.qml, Material style) on the offscreen platform, the county home
// shown, then "各校情况与审核" pushes the page of every school × form. Measured from the tap until the first
// frame that shows the page (what the user waits for), and the page's creation alone; the slide-in
// animation after that first frame is not counted.
#include "AppContext.h"
#include "CountySeed.h"
#include "JsonLineReporter.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace junheng;

namespace {

// Runs the event loop until the window has swapped a frame (or 5 s passed): false on timeout.
bool nextFrame(QQuickWindow *window)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&loop] { loop.exit(0); });
    timeout.start(5000);
    window->update();
    return loop.exec() == 0;
}

// Runs the event loop until the stack has the depth and is not animating (or 5 s passed).
bool settle(QObject *stack, int depth)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        if (stack->property("depth").toInt() == depth && !stack->property("busy").toBool())
            return true;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

void county_completeness_page_500(benchmark::State &state)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir dir;
    const QString storePath = dir.filePath("junheng.db");
    {
        auto store = LocalStore::open(storePath);
        if (!store) {
            state.SkipWithError("cannot open the store");
            return;
        }
        bench::seedCounty(*store.value());
    }
    AppContext context;
    AppOptions options;
    options.storePath = storePath;
    options.autoSync = false;
    options.language = QStringLiteral("zh_CN");
    options.settingsFile = dir.filePath("settings.ini");
    options.pin = QStringLiteral("246810");
    options.pinIterations = 1000; // a bench PIN: the key derivation is not what is measured
    if (!context.start(options)) {
        state.SkipWithError(qPrintable(context.error()));
        return;
    }
    QQmlApplicationEngine engine;
    engine.load(context.mainFile());
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        state.SkipWithError("Main.qml did not load");
        return;
    }
    window->resize(1280, 800);
    window->show();
    QObject *stack = window->findChild<QObject *>(QStringLiteral("stack"));
    if (!stack || !nextFrame(window) || !settle(stack, 1)) {
        state.SkipWithError("the county home did not show");
        return;
    }

    double firstOpenMs = -1, createTotal = 0, frameTotal = 0;
    int rows = 0;
    for (auto _ : state) {
        auto *home = stack->property("currentItem").value<QObject *>();
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(home, "schoolsRequested"); // Main.qml pushes the page synchronously
        const double created = double(timer.nsecsElapsed()) / 1e6;
        if (stack->property("depth").toInt() != 2 || !nextFrame(window)) {
            state.SkipWithError("the completeness page did not open");
            return;
        }
        const double shown = double(timer.nsecsElapsed()) / 1e6;
        if (firstOpenMs < 0)
            firstOpenMs = shown;
        createTotal += created;
        frameTotal += shown;
        state.PauseTiming();
        auto *page = stack->property("currentItem").value<QQuickItem *>();
        if (auto *model =
                page ? page->findChild<QAbstractItemModel *>(QStringLiteral("completenessModel")) : nullptr)
            rows = model->rowCount();
        QQuickItem *back = findItem(page, QStringLiteral("countySchoolsBack"));
        if (!settle(stack, 2) || !back || !QMetaObject::invokeMethod(back, "clicked") || !settle(stack, 1)) {
            state.SkipWithError("could not go back to the county home");
            return;
        }
        state.ResumeTiming();
    }
    const double n = double(state.iterations());
    state.counters["ms_first_open"] = firstOpenMs;
    state.counters["ms_per_open"] = frameTotal / n;
    state.counters["ms_create_page"] = createTotal / n;
    state.counters["schools"] = rows;
}

} // namespace

BENCHMARK(county_completeness_page_500)->Iterations(10)->UseRealTime()->Unit(benchmark::kMillisecond);

#pragma once

#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>

namespace junheng {

// A service built in main() (or a test) and handed to QML as a QML_SINGLETON. The class declares
//   static T *create(QQmlEngine *, QJSEngine *) { return QmlSingleton<T>::instanceFor(engine); }
// and the owner calls QmlSingleton<T>::publish(object) before the QML is loaded.
template <typename T> class QmlSingleton
{
public:
    static void publish(T *object) { s_instance = object; }

    static T *instanceFor(QJSEngine *engine)
    {
        Q_UNUSED(engine);
        Q_ASSERT_X(s_instance, "QmlSingleton", "publish() the service before loading QML");
        if (s_instance)
            QJSEngine::setObjectOwnership(s_instance.data(), QJSEngine::CppOwnership);
        return s_instance.data();
    }

private:
    static inline QPointer<T> s_instance;
};

} // namespace junheng

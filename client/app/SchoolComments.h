#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace junheng {

class SyncEngine;

// On a school's tablet: the open comments of each of its returned forms (LocalStore::openComments), for
// the home page's cards, FormPage (beside the field they name, plus a banner) and RosterPage (marked rows,
// a filter, the row editor). They disappear once the school submits again. Re-read after every sync and
// every change of the store's records.
class SchoolComments : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // form id -> {count, by, at, returnedText, whole: [text], fields: {fieldId: "text\ntext"},
    //             rows: {uuid: "label：text\n…"}, rowUuids: [uuid]} — only forms with open comments.
    Q_PROPERTY(QVariantMap forms READ forms NOTIFY changed)

public:
    SchoolComments(LocalStore *store, const FormCatalog *catalog, SyncEngine *engine,
                   QObject *parent = nullptr);
    static SchoolComments *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<SchoolComments>::instanceFor(engine);
    }

    QVariantMap forms() const { return m_forms; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    LocalStore *m_store;
    const FormCatalog *m_catalog;
    QVariantMap m_forms;
};

} // namespace junheng

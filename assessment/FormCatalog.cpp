#include "FormCatalog.h"

#include <QDir>
#include <QFile>

namespace junheng {

Result<FormCatalog> FormCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return makeError("form.missing", QStringLiteral("找不到表单目录 %1。").arg(directory));
    FormCatalog catalog;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                "form.io", QStringLiteral("读不出表单文件 %1：%2").arg(file.fileName(), file.errorString()));
        auto form = FormDefinition::fromJson(file.readAll(), name);
        if (!form)
            return form.error();
        if (catalog.find(form->id))
            return makeError("form.duplicate",
                             QStringLiteral("表单 %1 在 %2 中出现了两次。").arg(form->id, directory));
        catalog.m_forms.append(std::move(form).value());
    }
    if (catalog.m_forms.isEmpty())
        return makeError("form.missing", QStringLiteral("表单目录 %1 中没有表单（*.json）。").arg(directory));
    std::sort(catalog.m_forms.begin(), catalog.m_forms.end(),
              [](const FormDefinition &a, const FormDefinition &b) { return a.id < b.id; });
    return catalog;
}

const FormDefinition *FormCatalog::find(const QString &formId) const
{
    for (const FormDefinition &form : m_forms) {
        if (form.id == formId)
            return &form;
    }
    return nullptr;
}

} // namespace junheng

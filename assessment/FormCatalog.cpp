#include "FormCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace junheng {

Result<FormCatalog> FormCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return makeError("form.missing",
                         QCoreApplication::translate("FormCatalog", "找不到表单目录 %1。").arg(directory));
    FormCatalog catalog;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError("form.io", QCoreApplication::translate("FormCatalog", "读不出表单文件 %1：%2")
                                            .arg(file.fileName(), file.errorString()));
        const QByteArray json = file.readAll();
        auto form = FormDefinition::fromJson(json, name);
        if (!form)
            return form.error();
        catalog.m_sources.insert(form->id, json);
        if (catalog.find(form->id))
            return makeError("form.duplicate",
                             QCoreApplication::translate("FormCatalog", "表单 %1 在 %2 中出现了两次。")
                                 .arg(form->id, directory));
        catalog.m_forms.append(std::move(form).value());
    }
    if (catalog.m_forms.isEmpty())
        return makeError(
            "form.missing",
            QCoreApplication::translate("FormCatalog", "表单目录 %1 中没有表单（*.json）。").arg(directory));
    std::sort(catalog.m_forms.begin(), catalog.m_forms.end(),
              [](const FormDefinition &a, const FormDefinition &b) { return a.id < b.id; });
    // A roster rule that compares with another form must name fields that form has (when it is here).
    for (const FormDefinition &form : catalog.m_forms) {
        for (const FormRule &rule : form.rules) {
            const FormDefinition *other =
                rule.kind == QLatin1String("sum_matches") ? catalog.find(rule.form) : nullptr;
            if (!other)
                continue;
            const QString placeholder = QStringLiteral("{%1}").arg(rule.groupBy);
            const QRegularExpression target(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(rule.target)
                    .replace(QRegularExpression::escape(placeholder), QStringLiteral("-?[0-9]+"))));
            const bool any =
                std::any_of(other->fields.begin(), other->fields.end(),
                            [&](const FormField &field) { return target.match(field.id).hasMatch(); });
            if (!any)
                return makeError(
                    "form.definition",
                    QCoreApplication::translate(
                        "FormCatalog", "表单定义 %1 有误：规则 %2 的 target“%3”在表单 %4 中没有对应的字段。")
                        .arg(form.id, rule.id, rule.target, other->id));
        }
    }
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

#include "Expression.h"

#include <QCoreApplication>
#include <cmath>

namespace junheng {

namespace {

using Node = Expression::Node;

// A recursive-descent parser over the formula text: expr = term (+|- term)*, term = unary (*|/ unary)*,
// unary = -unary | primary, primary = number | id | id(args) | (expr).
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::optional<Node> parseAll()
    {
        auto node = expression();
        skipSpace();
        if (node && m_pos < m_text.size())
            fail(QCoreApplication::translate("Expression", "第 %1 个字符“%2”多余")
                     .arg(m_pos + 1)
                     .arg(m_text.at(m_pos)));
        return m_error.isEmpty() ? node : std::nullopt;
    }
    const QString &error() const { return m_error; }
    const QSet<QString> &fields() const { return m_fields; }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QChar peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text.at(m_pos) : QChar();
    }
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
    }

    std::optional<Node> expression()
    {
        auto left = term();
        while (left) {
            const QChar c = peek();
            if (c != u'+' && c != u'-')
                break;
            ++m_pos;
            auto right = term();
            if (!right)
                return std::nullopt;
            Node node{c == u'+' ? Node::Kind::Add : Node::Kind::Subtract, 0, {}, {}};
            node.children = {std::move(*left), std::move(*right)};
            left = std::move(node);
        }
        return left;
    }

    std::optional<Node> term()
    {
        auto left = unary();
        while (left) {
            const QChar c = peek();
            const bool multiply = c == u'*' || c == QChar(0x00D7);
            const bool divide = c == u'/' || c == QChar(0x00F7);
            if (!multiply && !divide)
                break;
            ++m_pos;
            auto right = unary();
            if (!right)
                return std::nullopt;
            Node node{multiply ? Node::Kind::Multiply : Node::Kind::Divide, 0, {}, {}};
            node.children = {std::move(*left), std::move(*right)};
            left = std::move(node);
        }
        return left;
    }

    std::optional<Node> unary()
    {
        if (peek() == u'-') {
            ++m_pos;
            auto operand = unary();
            if (!operand)
                return std::nullopt;
            Node node{Node::Kind::Negate, 0, {}, {}};
            node.children = {std::move(*operand)};
            return node;
        }
        return primary();
    }

    std::optional<Node> primary()
    {
        const QChar c = peek();
        if (c.isNull()) {
            fail(QCoreApplication::translate("Expression", "公式不完整"));
            return std::nullopt;
        }
        if (c == u'(') {
            ++m_pos;
            auto inner = expression();
            if (!inner)
                return std::nullopt;
            if (peek() != u')') {
                fail(QCoreApplication::translate("Expression", "缺少右括号"));
                return std::nullopt;
            }
            ++m_pos;
            return inner;
        }
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.'))
                ++m_pos;
            bool ok = false;
            const double number = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok) {
                fail(QCoreApplication::translate("Expression", "“%1”不是数字")
                         .arg(m_text.mid(start, m_pos - start)));
                return std::nullopt;
            }
            return Node{Node::Kind::Number, number, {}, {}};
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            if (peek() != u'(') {
                m_fields.insert(name);
                return Node{Node::Kind::Field, 0, name, {}};
            }
            return call(name);
        }
        fail(QCoreApplication::translate("Expression", "第 %1 个字符“%2”不认识").arg(m_pos + 1).arg(c));
        return std::nullopt;
    }

    std::optional<Node> call(const QString &name)
    {
        static const QSet<QString> functions{"round", "sum", "min", "max", "abs"};
        if (!functions.contains(name)) {
            fail(QCoreApplication::translate("Expression", "函数 %1 不认识（可用 round、sum、min、max、abs）")
                     .arg(name));
            return std::nullopt;
        }
        ++m_pos; // '('
        Node node{Node::Kind::Call, 0, name, {}};
        if (peek() != u')') {
            while (true) {
                auto argument = expression();
                if (!argument)
                    return std::nullopt;
                node.children.push_back(std::move(*argument));
                if (peek() != u',')
                    break;
                ++m_pos;
            }
        }
        if (peek() != u')') {
            fail(QCoreApplication::translate("Expression", "%1( 缺少右括号").arg(name));
            return std::nullopt;
        }
        ++m_pos;
        const size_t count = node.children.size();
        if ((name == "round" && count != 2) || (name == "abs" && count != 1) || count == 0) {
            fail(QCoreApplication::translate("Expression", "%1 的参数个数不对").arg(name));
            return std::nullopt;
        }
        return node;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
    QSet<QString> m_fields;
};

std::optional<double> evaluateNode(const Node &node, const QJsonObject &payload)
{
    switch (node.kind) {
    case Node::Kind::Number:
        return node.number;
    case Node::Kind::Field: {
        const QJsonValue value = payload.value(node.name);
        if (!value.isDouble())
            return std::nullopt;
        return value.toDouble();
    }
    case Node::Kind::Negate: {
        const auto operand = evaluateNode(node.children[0], payload);
        return operand ? std::optional<double>(-*operand) : std::nullopt;
    }
    case Node::Kind::Add:
    case Node::Kind::Subtract:
    case Node::Kind::Multiply:
    case Node::Kind::Divide: {
        const auto a = evaluateNode(node.children[0], payload);
        const auto b = evaluateNode(node.children[1], payload);
        if (!a || !b)
            return std::nullopt;
        if (node.kind == Node::Kind::Add)
            return *a + *b;
        if (node.kind == Node::Kind::Subtract)
            return *a - *b;
        if (node.kind == Node::Kind::Multiply)
            return *a * *b;
        if (*b == 0)
            return std::nullopt;
        return *a / *b;
    }
    case Node::Kind::Call:
        break;
    }
    if (node.name == "sum") {
        std::optional<double> total;
        for (const Node &child : node.children) {
            if (const auto value = evaluateNode(child, payload))
                total = total.value_or(0) + *value;
        }
        return total;
    }
    std::vector<double> values;
    for (const Node &child : node.children) {
        const auto value = evaluateNode(child, payload);
        if (!value)
            return std::nullopt;
        values.push_back(*value);
    }
    if (node.name == "abs")
        return std::fabs(values[0]);
    if (node.name == "min")
        return *std::min_element(values.begin(), values.end());
    if (node.name == "max")
        return *std::max_element(values.begin(), values.end());
    // round(x, n): half away from zero, as people round; the small nudge keeps 2.25 -> 2.3 although
    // 2.25 is stored as 2.2499999...
    const double scale = std::pow(10.0, std::round(values[1]));
    const double scaled = values[0] * scale;
    return std::round(scaled + (scaled >= 0 ? 1e-9 : -1e-9)) / scale;
}

} // namespace

Result<Expression> Expression::parse(const QString &text)
{
    Parser parser(text);
    auto root = parser.parseAll();
    if (!root)
        return makeError(
            "form.expression",
            QCoreApplication::translate("Expression", "公式“%1”有误：%2。").arg(text, parser.error()));
    Expression expression;
    expression.m_text = text;
    expression.m_root = std::make_shared<const Node>(std::move(*root));
    expression.m_fields = parser.fields();
    return expression;
}

std::optional<double> Expression::evaluate(const QJsonObject &payload) const
{
    if (!m_root)
        return std::nullopt;
    const auto value = evaluateNode(*m_root, payload);
    if (value && !std::isfinite(*value))
        return std::nullopt;
    return value;
}

} // namespace junheng

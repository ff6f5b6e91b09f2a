#include "PayloadSpans.h"

#include <QVarLengthArray>
#include <algorithm>

namespace junheng::server {

namespace {

// A small scanner over text already known to be valid JSON: it finds where values begin and end, and
// refuses (returns false) anything it does not need to understand exactly.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' ||
                                         m_text[m_at] == '\t'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }
    // A string; its raw contents (between the quotes) in *contents. `plain`: no escapes in it.
    bool string(QByteArrayView *contents, bool *plain)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return false;
        const qsizetype start = ++m_at;
        *plain = true;
        while (m_at < m_text.size() && m_text[m_at] != '"') {
            if (m_text[m_at] == '\\') {
                *plain = false;
                ++m_at;
            }
            ++m_at;
        }
        if (m_at >= m_text.size())
            return false;
        *contents = m_text.sliced(start, m_at - start);
        ++m_at;
        return true;
    }
    // Any value; its text in *span. `strict`: every object in it has plain keys, none twice (so the text
    // means exactly what the parsed value holds, whichever duplicate a parser would keep).
    bool value(QByteArrayView *span, bool strict = false, int depth = 0)
    {
        if (depth > 64)
            return false;
        skipSpace();
        const qsizetype start = m_at;
        if (m_at >= m_text.size())
            return false;
        const char c = m_text[m_at];
        if (c == '"') {
            QByteArrayView contents;
            bool plain = true;
            if (!string(&contents, &plain))
                return false;
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_at;
            QVarLengthArray<QByteArrayView, 48> keys;
            if (!take(close)) {
                do {
                    if (c == '{') {
                        QByteArrayView key;
                        bool plain = true;
                        if (!string(&key, &plain) || !take(':'))
                            return false;
                        if (strict) {
                            if (!plain || std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                                return false;
                            keys.append(key);
                        }
                    }
                    QByteArrayView inner;
                    if (!value(&inner, strict, depth + 1))
                        return false;
                } while (take(','));
                if (!take(close))
                    return false;
            }
        } else {
            // A number, true, false or null: up to the next delimiter.
            while (m_at < m_text.size() && m_text[m_at] != ',' && m_text[m_at] != '}' && m_text[m_at] != ']' &&
                   m_text[m_at] != ' ' && m_text[m_at] != '\n' && m_text[m_at] != '\r' && m_text[m_at] != '\t')
                ++m_at;
            if (m_at == start)
                return false;
        }
        *span = m_text.sliced(start, m_at - start);
        return true;
    }
    // The members of an object, each key (plain, else false) handed to `member` with the scanner at its value.
    template<typename Member>
    bool object(Member member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QByteArrayView key;
            bool plain = true;
            if (!string(&key, &plain) || !plain || !take(':') || !member(key))
                return false;
        } while (take(','));
        return take('}');
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

QList<QByteArrayView> payloadSpans(QByteArrayView body)
{
    Scanner scan(body);
    QList<QByteArrayView> spans;
    int recordsArrays = 0;
    const bool ok = scan.object([&](QByteArrayView key) {
        if (key != "records") {
            QByteArrayView ignored;
            return scan.value(&ignored);
        }
        if (++recordsArrays > 1 || !scan.take('['))
            return false;
        if (scan.take(']'))
            return true;
        do {
            QByteArrayView payload;
            int payloads = 0;
            if (!scan.peek('{') || !scan.object([&](QByteArrayView field) {
                    QByteArrayView span;
                    if (!scan.value(&span, field == "payload"))
                        return false;
                    if (field == "payload") {
                        payload = span;
                        ++payloads;
                    }
                    return true;
                }))
                return false;
            if (payloads != 1)
                return false;
            spans.append(payload);
        } while (scan.take(','));
        return scan.take(']');
    });
    if (!ok || recordsArrays != 1 || !scan.atEnd())
        return {};
    return spans;
}

} // namespace junheng::server

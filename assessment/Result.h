#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace junheng {

// An error a person may see: a stable code for programs, a message in plain Chinese for people.
struct Error
{
    QString code;    // e.g. "form.parse", "store.io", "http.unreachable"
    QString message; // says what happened and what to do
};

// The value or the error; errors cross module boundaries as values, never as exceptions.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
struct Ok
{};
using Status = Result<Ok>;

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace junheng

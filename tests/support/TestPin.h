#pragma once

#include "LocalStore.h"

// The PIN every test gives the store (S5/S6 are encrypted at rest): set on first use, then unlocked with
// it. QtTestMain.cpp also puts it in $JUNHENG_PIN so a junheng-cli started by a test opens the same store.
// Few PBKDF2 iterations: the tests check the encryption, not the cost of guessing a PIN.
namespace junheng::testing {

inline const QString TestPin = QStringLiteral("246810");
constexpr int TestPinIterations = 1000;

inline Status unlockForTests(LocalStore &store)
{
    return store.hasPin() ? store.unlock(TestPin) : store.setPin(TestPin, TestPinIterations);
}

} // namespace junheng::testing

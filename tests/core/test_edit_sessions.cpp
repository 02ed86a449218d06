// Edit fuzzing, seeded and deterministic: random sessions of edits, undos and redos on generated designs.
#include "random_edits.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <random>

namespace cs::test {
namespace {

constexpr int kSessions = 12;
constexpr int kStepsPerSession = 150;

TEST(EditSessions, UndoRestoresTheDesignAndTheIncrementalValidatorMatchesAFullRun) {
    const Design designs[] = {generated("xe9680", 2), generated("dgx-h100", 4)};
    int applied = 0, refused = 0, undos = 0, redos = 0;
    for (int session = 0; session < kSessions; ++session) {
        std::mt19937 random(static_cast<std::uint32_t>(session)); // deterministic: the seed is the session
        const fuzz::Chooser choose = [&](std::uint32_t bound) {
            return std::uniform_int_distribution<std::uint32_t>(0, bound - 1)(random);
        };
        const auto result =
            fuzz::runEditSession(designs[session % std::size(designs)], library(), choose, kStepsPerSession);
        ASSERT_FALSE(result.violation) << "session " << session << ": " << *result.violation;
        applied += result.edits_applied;
        refused += result.edits_refused;
        undos += result.undos;
        redos += result.redos;
    }
    // The sessions exercise every path: edits that apply, edits the design refuses, undo and redo.
    EXPECT_GT(applied, kSessions * kStepsPerSession / 4);
    EXPECT_GT(refused, kSessions);
    EXPECT_GT(undos, kSessions * 5);
    EXPECT_GT(redos, kSessions * 2);
}

} // namespace
} // namespace cs::test

#include "cli_help.h"
#include "cli_test_support.h"

#include <set>

namespace {

using namespace cs::test;

TEST(CliHelp, EveryCommandIsDescribedAndEveryOptionItsHelpNamesIsAccepted) {
    std::set<std::string> described;
    for (const cs::CommandHelp& command : cs::commandHelp()) {
        if (command.name.empty())
            continue;
        described.insert(std::string(command.name));
        std::vector<cs::OptionHelp> options = cs::commandOptions(command);
        for (const cs::GlobalOptionHelp& global : cs::globalOptions())
            options.push_back({std::string(global.name), std::string(global.value)});
        for (const cs::OptionHelp& option : options) {
            std::vector<std::string> args = {std::string(command.name), option.name};
            if (!option.value.empty())
                args.push_back("value");
            const Result result = run(args);
            EXPECT_EQ(result.err.find("unknown option"), std::string::npos)
                << command.name << " " << option.name << ": " << result.err;
        }
    }
    EXPECT_EQ(described, (std::set<std::string>{"bom", "compare", "estimate", "export", "generate", "import",
                                                "info", "report", "resilience", "validate"}));
    for (const std::string& name : described)
        EXPECT_NE(run({name, "--no-such-option"}).err.find("unknown option"), std::string::npos) << name;
}

TEST(CliHelp, TheUsageTheManPageAndTheCompletionSayTheSame) {
    const std::string usage = run({"--help"}).out;
    EXPECT_EQ(usage, cs::usageText());
    const std::string man = cs::manPage("1.2.3");
    const std::string completion = cs::bashCompletion();
    EXPECT_EQ(man.rfind(".TH CLUSTER-STUDIO 1 \"\" \"ClusterStudio 1.2.3\"", 0), 0u);
    for (const cs::CommandHelp& command : cs::commandHelp()) {
        const std::string first(command.synopsis.substr(0, command.synopsis.find('\n')));
        EXPECT_NE(usage.find(first), std::string::npos) << first;
        if (command.name.empty())
            continue;
        EXPECT_NE(man.find(".B " + std::string(command.name)), std::string::npos) << command.name;
        EXPECT_NE(completion.find("        " + std::string(command.name) + ") options=\""),
                  std::string::npos);
        for (const cs::OptionHelp& option : cs::commandOptions(command)) {
            std::string escaped; // roff writes hyphens as \-
            for (char c : option.name)
                escaped += c == '-' ? std::string("\\-") : std::string(1, c);
            EXPECT_NE(man.find(escaped), std::string::npos) << option.name;
        }
    }
    // An option's value words: the fabrics, the formats, the networks.
    EXPECT_NE(completion.find("--fabric) COMPREPLY=($(compgen -W \"xdr ndr hdr spectrum-x roce400 roce200\""),
              std::string::npos);
    EXPECT_NE(completion.find("--format) COMPREPLY=($(compgen -W \"netbox\""), std::string::npos);
    EXPECT_NE(
        completion.find("--network) COMPREPLY=($(compgen -W \"compute storage uplink inband oob scaleup\""),
        std::string::npos);
    // Every usage line fits a terminal of 120 columns.
    std::size_t start = 0;
    for (std::size_t end = usage.find('\n'); end != std::string::npos;
         start = end + 1, end = usage.find('\n', start))
        EXPECT_LE(usage.substr(start, end - start).size(), 120u) << usage.substr(start, end - start);
}

TEST_F(CliTest, VersionNamesTheCatalogsInUse) {
    const Result version = run({"--version"});
    EXPECT_NE(version.out.find("\ncatalogs: " + kCatalogs.string() + "\n"), std::string::npos) << version.out;
}

} // namespace

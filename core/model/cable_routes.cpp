#include "model/cable_routes.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>

namespace cs {

namespace {

// The widest bundle stroke's half width: a route keeps this far from every box.
constexpr double kStrokeHalfWidth = 2;
// A device's own channels: the nearest few on each side; beyond them, the ones around the whole diagram.
constexpr std::size_t kNearChannels = 3;

// The boxes no route may cross: devices and rack name tabs, found by the square cells they touch.
class Obstacles {
public:
    Obstacles(std::vector<Box> boxes, const Box& extent)
        : boxes_(std::move(boxes))
        , left_(extent.x)
        , top_(extent.y) {
        // About 512 cells across the longer side, and none smaller than a rack is wide.
        cell_ = std::max(256.0, std::max(extent.width, extent.height) / 512);
        columns_ = cellOf(extent.right(), left_) + 1;
        rows_ = cellOf(extent.bottom(), top_) + 1;
        cells_.resize(columns_ * rows_);
        for (std::size_t i = 0; i < boxes_.size(); ++i)
            forEachCell(*this, boxes_[i], [&](std::vector<std::uint32_t>& cell) {
                cell.push_back(static_cast<std::uint32_t>(i));
                return true;
            });
    }

    // True when the area overlaps a box with a positive area (a line along a box's edge does not).
    bool blocked(const Box& area) const {
        return !forEachCell(*this, area, [&](const std::vector<std::uint32_t>& cell) {
            return std::none_of(cell.begin(), cell.end(),
                                [&](std::uint32_t i) { return boxes_[i].overlaps(area); });
        });
    }

private:
    std::size_t cellOf(double coordinate, double origin) const {
        return static_cast<std::size_t>(std::max(0.0, std::floor((coordinate - origin) / cell_)));
    }
    // Calls `each(cell)` for the cells the box touches until it returns false; returns false when stopped.
    template <typename Self, typename Each> static bool forEachCell(Self& self, const Box& box, Each&& each) {
        const std::size_t lastColumn = std::min(self.cellOf(box.right(), self.left_), self.columns_ - 1);
        const std::size_t lastRow = std::min(self.cellOf(box.bottom(), self.top_), self.rows_ - 1);
        for (std::size_t cx = std::min(self.cellOf(box.x, self.left_), lastColumn); cx <= lastColumn; ++cx) {
            for (std::size_t cy = std::min(self.cellOf(box.y, self.top_), lastRow); cy <= lastRow; ++cy) {
                if (!each(self.cells_[cy * self.columns_ + cx]))
                    return false;
            }
        }
        return true;
    }

    std::vector<Box> boxes_;
    double left_, top_;
    double cell_ = 256;
    std::size_t columns_ = 1, rows_ = 1;
    std::vector<std::vector<std::uint32_t>> cells_;
};

Box horizontalBand(double x0, double x1, double y, double halfWidth) {
    return {std::min(x0, x1), y - halfWidth, std::abs(x1 - x0), 2 * halfWidth};
}

Box verticalBand(double x, double y0, double y1, double halfWidth) {
    return {x - halfWidth, std::min(y0, y1), 2 * halfWidth, std::abs(y1 - y0)};
}

// A horizontal stretch of the diagram holding rack frames and unframed devices, with the channels between
// its racks; between two rows runs a horizontal channel (a gutter).
struct Row {
    double top = 0, bottom = 0;
    std::vector<double> channels; // the x of every vertical channel's middle, left to right
    std::vector<double> through;  // those free from the gutter above the row to the one below
};

// The x of the middle of every gap at least a channel wide between the intervals.
void addGapMiddles(std::vector<std::pair<double, double>> intervals, std::vector<double>& middles) {
    std::sort(intervals.begin(), intervals.end());
    double reach = std::numeric_limits<double>::lowest();
    for (const auto& [from, to] : intervals) {
        if (reach != std::numeric_limits<double>::lowest() && from - reach >= 2 * kChannelHalfWidth)
            middles.push_back((reach + from) / 2);
        reach = std::max(reach, to);
    }
}

enum class Side : std::uint8_t { Left, Right };

// How one end of a cable reaches a gutter: out of its device's side at (`edge_x`, `port_y`), along to the
// vertical channel at `channel_x`, and up or down it to gutter `gutter`.
struct Stub {
    std::size_t gutter = 0;
    double channel_x = 0;
    double edge_x = 0;
    double port_y = 0;
};

class Router {
public:
    Router(const Design& design, const std::vector<RackFrame>& frames);

    // Appends the link's route to `points`; false when no channel reaches one of its devices (the route is
    // then a straight line between their middles).
    bool route(const Link& link, std::vector<RoutePoint>& points);

private:
    std::optional<double> stubChannel(std::size_t device, std::size_t gutter, Side side, Network network);
    std::optional<Stub> stub(std::size_t device, std::size_t towardRow, double towardX, Network network);

    std::vector<Box> boxes_; // by device index
    std::vector<std::size_t> device_rows_;
    std::vector<Row> rows_;
    std::vector<double> gutters_; // the y of every gutter's middle: above row 0, ..., below the last row
    double outer_left_ = 0, outer_right_ = 0;
    std::optional<Obstacles> obstacles_;
    std::unordered_map<DeviceId, std::size_t> device_index_;
    std::unordered_map<std::uint64_t, std::optional<double>> stub_channels_;
};

Router::Router(const Design& design, const std::vector<RackFrame>& frames) {
    const std::vector<Device>& devices = design.devices().items();
    std::unordered_map<RackId, bool> framed;
    for (const RackFrame& frame : frames)
        framed[frame.rack] = true;

    // The blocks that make up the rows: rack frames, and the devices outside them.
    std::vector<Box> blocks;
    std::vector<Box> obstacles;
    boxes_.reserve(devices.size());
    device_index_.reserve(devices.size());
    for (std::size_t i = 0; i < devices.size(); ++i) {
        boxes_.push_back(deviceBox(design, devices[i]));
        obstacles.push_back(boxes_.back());
        device_index_.emplace(devices[i].id, i);
        if (!framed.contains(devices[i].rack))
            blocks.push_back(boxes_.back());
    }
    std::vector<Box> headers;
    for (const RackFrame& frame : frames) {
        headers.push_back(rackHeader(frame));
        blocks.push_back(frame.frame.united(headers.back()));
        obstacles.push_back(headers.back());
    }
    if (blocks.empty())
        return;

    Box extent = blocks.front();
    for (const Box& block : blocks)
        extent = extent.united(block);
    extent = extent.grown(2 * kOuterChannelMargin, 2 * kOuterChannelMargin, 2 * kOuterChannelMargin,
                          2 * kOuterChannelMargin);
    obstacles_.emplace(std::move(obstacles), extent);
    outer_left_ = extent.x + kOuterChannelMargin;
    outer_right_ = extent.right() - kOuterChannelMargin;

    // Bands: blocks whose heights overlap. Rows: bands that leave less than a channel between them.
    std::sort(blocks.begin(), blocks.end(), [](const Box& a, const Box& b) { return a.y < b.y; });
    std::vector<std::pair<double, double>> bands; // top, bottom
    for (const Box& block : blocks) {
        if (!bands.empty() && block.y < bands.back().second)
            bands.back().second = std::max(bands.back().second, block.bottom());
        else
            bands.emplace_back(block.y, block.bottom());
    }
    std::vector<std::size_t> bandRows;
    for (const auto& [top, bottom] : bands) {
        if (!rows_.empty() && top < rows_.back().bottom + 2 * kChannelHalfWidth)
            rows_.back().bottom = std::max(rows_.back().bottom, bottom);
        else
            rows_.push_back({top, bottom, {}, {}});
        bandRows.push_back(rows_.size() - 1);
    }
    gutters_.push_back(rows_.front().top - kOuterChannelMargin);
    for (std::size_t r = 1; r < rows_.size(); ++r)
        gutters_.push_back((rows_[r - 1].bottom + rows_[r].top) / 2);
    gutters_.push_back(rows_.back().bottom + kOuterChannelMargin);

    // A band's vertical channels: the gaps between its devices, and those between its devices and tabs
    // (narrower where tabs stand wider than their racks' devices); a row has its bands' channels and the two
    // around the diagram. Whether a channel is free where a cable needs it is checked when routing.
    const auto bandOf = [&](const Box& box) {
        const auto it = std::upper_bound(bands.begin(), bands.end(), box.y,
                                         [](double y, const auto& band) { return y < band.first; });
        return it == bands.begin() ? 0 : static_cast<std::size_t>(it - bands.begin() - 1);
    };
    std::vector<std::vector<std::pair<double, double>>> deviceSpans(bands.size());
    std::vector<std::vector<std::pair<double, double>>> allSpans(bands.size());
    device_rows_.reserve(boxes_.size());
    for (const Box& box : boxes_) {
        const std::size_t band = bandOf(box);
        device_rows_.push_back(bandRows[band]);
        deviceSpans[band].emplace_back(box.x, box.right());
        allSpans[band].emplace_back(box.x, box.right());
    }
    for (const Box& header : headers)
        allSpans[bandOf(header)].emplace_back(header.x, header.right());
    for (std::size_t b = 0; b < bands.size(); ++b) {
        std::vector<double>& channels = rows_[bandRows[b]].channels;
        addGapMiddles(std::move(deviceSpans[b]), channels);
        addGapMiddles(std::move(allSpans[b]), channels);
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        Row& row = rows_[r];
        row.channels.push_back(outer_left_);
        row.channels.push_back(outer_right_);
        std::sort(row.channels.begin(), row.channels.end());
        row.channels.erase(std::unique(row.channels.begin(), row.channels.end()), row.channels.end());
        for (double x : row.channels) {
            if (!obstacles_->blocked(verticalBand(x, gutters_[r], gutters_[r + 1], kChannelHalfWidth)))
                row.through.push_back(x);
        }
    }
}

// The port row of a network on a device's side: the networks one below the other.
double portY(const Box& box, Network network) {
    return box.y + box.height * static_cast<double>(networkIndex(network) + 1) / (kNetworkCount + 1);
}

std::optional<double> Router::stubChannel(std::size_t device, std::size_t gutter, Side side,
                                          Network network) {
    const std::uint64_t key = (std::uint64_t{device} << 8) |
                              (std::uint64_t{gutter == device_rows_[device]} << 7) |
                              (std::uint64_t{side == Side::Right} << 6) | networkIndex(network);
    if (const auto it = stub_channels_.find(key); it != stub_channels_.end())
        return it->second;
    const Box& box = boxes_[device];
    const Row& row = rows_[device_rows_[device]];
    const double offset = trackOffset(network);
    const double y = portY(box, network);
    const double edge = side == Side::Left ? box.x : box.right();
    std::optional<double> found;
    // The nearest channels on this side, then the outer one.
    std::vector<double> candidates;
    if (side == Side::Left) {
        auto it =
            std::lower_bound(row.channels.begin(), row.channels.end(), box.x - offset - kStrokeHalfWidth);
        for (std::size_t n = 0; n < kNearChannels && it != row.channels.begin(); ++n)
            candidates.push_back(*--it);
        candidates.push_back(outer_left_);
    } else {
        auto it = std::upper_bound(row.channels.begin(), row.channels.end(),
                                   box.right() - offset + kStrokeHalfWidth);
        for (std::size_t n = 0; n < kNearChannels && it != row.channels.end(); ++n, ++it)
            candidates.push_back(*it);
        candidates.push_back(outer_right_);
    }
    for (double x : candidates) {
        const double track = x + offset;
        if (!obstacles_->blocked(horizontalBand(edge, track, y, kStrokeHalfWidth)) &&
            !obstacles_->blocked(verticalBand(track, y, gutters_[gutter] + offset, kStrokeHalfWidth))) {
            found = x;
            break;
        }
    }
    stub_channels_.emplace(key, found);
    return found;
}

std::optional<Stub> Router::stub(std::size_t device, std::size_t towardRow, double towardX, Network network) {
    const std::size_t row = device_rows_[device];
    const std::size_t below = row + 1;
    // Toward the other end's row; within a row, below it.
    const std::array<std::size_t, 2> gutters =
        towardRow < row ? std::array<std::size_t, 2>{row, below} : std::array<std::size_t, 2>{below, row};
    const Box& box = boxes_[device];
    for (std::size_t gutter : gutters) {
        std::optional<Stub> best;
        double bestCost = 0;
        for (Side side : {Side::Left, Side::Right}) {
            const std::optional<double> channel = stubChannel(device, gutter, side, network);
            if (!channel)
                continue;
            const double edge = side == Side::Left ? box.x : box.right();
            const double cost = std::abs(*channel - edge) + std::abs(*channel - towardX);
            if (!best || cost < bestCost) {
                best = Stub{gutter, *channel, edge, portY(box, network)};
                bestCost = cost;
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

// Drops corners that lie on a straight line through their neighbours (a route that runs down a channel and
// back up the same channel keeps only the stretch it needs) and repeated points.
void simplify(std::vector<RoutePoint>& points, std::size_t first) {
    std::size_t kept = first;
    for (std::size_t i = first; i < points.size(); ++i) {
        const RoutePoint p = points[i];
        if (kept > first && points[kept - 1] == p)
            continue;
        if (kept >= first + 2) {
            const RoutePoint a = points[kept - 2], b = points[kept - 1];
            if ((a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y)) {
                points[kept - 1] = p;
                continue;
            }
        }
        points[kept++] = p;
    }
    points.resize(kept);
}

bool Router::route(const Link& link, std::vector<RoutePoint>& points) {
    const std::size_t first = points.size();
    const std::size_t a = device_index_.at(link.a.device), b = device_index_.at(link.b.device);
    const Box &boxA = boxes_[a], &boxB = boxes_[b];
    const double centreA = boxA.x + boxA.width / 2, centreB = boxB.x + boxB.width / 2;
    const std::optional<Stub> from = a == b ? std::nullopt : stub(a, device_rows_[b], centreB, link.network);
    const std::optional<Stub> to = from ? stub(b, device_rows_[a], centreA, link.network) : std::nullopt;
    if (!from || !to) {
        points.push_back({centreA, boxA.y + boxA.height / 2});
        points.push_back({centreB, boxB.y + boxB.height / 2});
        return false;
    }
    const double offset = trackOffset(link.network);
    points.push_back({from->edge_x, from->port_y});
    points.push_back({from->channel_x + offset, from->port_y});
    double x = from->channel_x;
    std::size_t gutter = from->gutter;
    points.push_back({x + offset, gutters_[gutter] + offset});
    // Across the rows between the two gutters, each by the through channel nearest on the way.
    while (gutter != to->gutter) {
        const bool down = to->gutter > gutter;
        const Row& row = rows_[down ? gutter : gutter - 1];
        const double lo = std::min(x, to->channel_x), hi = std::max(x, to->channel_x);
        double through;
        if (x <= to->channel_x) {
            auto it = std::lower_bound(row.through.begin(), row.through.end(), lo);
            through = it == row.through.end() ? row.through.back() : *it;
        } else {
            auto it = std::upper_bound(row.through.begin(), row.through.end(), hi);
            through = it == row.through.begin() ? row.through.front() : *--it;
        }
        x = through;
        points.push_back({x + offset, gutters_[gutter] + offset});
        gutter = down ? gutter + 1 : gutter - 1;
        points.push_back({x + offset, gutters_[gutter] + offset});
    }
    points.push_back({to->channel_x + offset, gutters_[gutter] + offset});
    points.push_back({to->channel_x + offset, to->port_y});
    points.push_back({to->edge_x, to->port_y});
    simplify(points, first);
    return true;
}

// Cuts the routes' straight stretches where any of them starts or ends, and makes a bundle of each piece. A
// piece's count and speed come from running sums over the stretches' ends (a stretch adds its cable where it
// starts and takes it off where it ends), so that the work grows with the stretches, not with how many
// pieces each one spans.
void bundleRoutes(NetworkRoutes& routes, const Design& design) {
    const std::vector<Link>& links = design.links().items();
    struct Run {
        double from, to;
        std::uint32_t point; // the stretch starts at routes.points[point]
    };
    // The stretches on one line of a channel, by the line's x (vertical) or y (horizontal).
    struct Line {
        double at = 0;
        std::vector<Run> runs;
    };
    std::array<std::unordered_map<std::uint64_t, Line>, 2> lines; // horizontal, vertical
    routes.stretch_bundles.assign(routes.points.size(), {0, 0});
    std::vector<std::uint32_t> cableOf(routes.points.size());
    std::vector<std::uint32_t> diagonals;
    for (std::uint32_t r = 0; r < routes.size(); ++r) {
        for (std::uint32_t i = routes.route_begin[r]; i + 1 < routes.route_begin[r + 1]; ++i) {
            const RoutePoint p = routes.points[i], q = routes.points[i + 1];
            cableOf[i] = r;
            const bool vertical = p.x == q.x;
            if (!vertical && p.y != q.y) {
                diagonals.push_back(i);
                continue;
            }
            const double at = vertical ? p.x : p.y;
            const double from = vertical ? p.y : p.x, to = vertical ? q.y : q.x;
            Line& line = lines[vertical ? 1 : 0][std::bit_cast<std::uint64_t>(at)];
            line.at = at;
            line.runs.push_back({std::min(from, to), std::max(from, to), i});
        }
    }
    std::vector<double> cuts;
    std::unordered_map<std::uint64_t, std::uint32_t> cutIndex;  // by a cut's bits; the routes share a few
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans; // each run's first and last cut
    // By cut: the change in cables, in the sum of their speeds and of their squares where a piece starts.
    std::vector<std::int64_t> cables, speeds, squares;
    std::vector<std::uint32_t> bundleAt; // by cut: the bundle of the piece starting there, or the next one
    for (const bool vertical : {false, true}) {
        for (const auto& [key, line] : lines[vertical ? 1 : 0]) {
            cuts.clear();
            cutIndex.clear();
            for (const Run& run : line.runs) {
                for (const double v : {run.from, run.to}) {
                    if (cutIndex.try_emplace(std::bit_cast<std::uint64_t>(v), 0).second)
                        cuts.push_back(v);
                }
            }
            std::sort(cuts.begin(), cuts.end());
            for (std::uint32_t c = 0; c < cuts.size(); ++c)
                cutIndex[std::bit_cast<std::uint64_t>(cuts[c])] = c;
            cables.assign(cuts.size(), 0);
            speeds.assign(cuts.size(), 0);
            squares.assign(cuts.size(), 0);
            bundleAt.assign(cuts.size(), 0);
            spans.clear();
            for (const Run& run : line.runs) {
                spans.emplace_back(cutIndex.at(std::bit_cast<std::uint64_t>(run.from)),
                                   cutIndex.at(std::bit_cast<std::uint64_t>(run.to)));
                const auto [begin, end] = spans.back();
                const std::int64_t gbps = links[routes.links[cableOf[run.point]]].gbps;
                ++cables[begin];
                --cables[end];
                speeds[begin] += gbps;
                speeds[end] -= gbps;
                squares[begin] += gbps * gbps;
                squares[end] -= gbps * gbps;
            }
            std::int64_t count = 0, sum = 0, sumOfSquares = 0;
            for (std::size_t p = 0; p + 1 < cuts.size(); ++p) {
                count += cables[p];
                sum += speeds[p];
                sumOfSquares += squares[p];
                bundleAt[p] = static_cast<std::uint32_t>(routes.bundles.size());
                if (count == 0)
                    continue;
                // The speeds are all equal exactly when n * sum(g^2) = (sum g)^2 (Cauchy-Schwarz).
                const int gbps = count * sumOfSquares == sum * sum ? static_cast<int>(sum / count) : 0;
                const RoutePoint from =
                    vertical ? RoutePoint{line.at, cuts[p]} : RoutePoint{cuts[p], line.at};
                const RoutePoint to =
                    vertical ? RoutePoint{line.at, cuts[p + 1]} : RoutePoint{cuts[p + 1], line.at};
                routes.bundles.push_back({from, to, static_cast<std::uint32_t>(count), gbps});
            }
            bundleAt.back() = static_cast<std::uint32_t>(routes.bundles.size());
            for (std::size_t r = 0; r < line.runs.size(); ++r)
                routes.stretch_bundles[line.runs[r].point] = {bundleAt[spans[r].first],
                                                              bundleAt[spans[r].second]};
        }
    }
    for (std::uint32_t i : diagonals) {
        routes.stretch_bundles[i] = {static_cast<std::uint32_t>(routes.bundles.size()),
                                     static_cast<std::uint32_t>(routes.bundles.size() + 1)};
        routes.bundles.push_back(
            {routes.points[i], routes.points[i + 1], 1, links[routes.links[cableOf[i]]].gbps});
    }
}

} // namespace

double trackOffset(Network network) {
    return (static_cast<double>(networkIndex(network)) - static_cast<double>(kNetworkCount - 1) / 2) *
           kTrackSpacing;
}

CableRoutes routeCables(const Design& design, const std::vector<RackFrame>& frames) {
    CableRoutes result;
    const std::vector<Link>& links = design.links().items();
    if (links.empty())
        return result;
    Router router(design, frames);
    for (NetworkRoutes& routes : result.networks)
        routes.route_begin.push_back(0);
    for (std::size_t i = 0; i < links.size(); ++i) {
        NetworkRoutes& routes = result.networks[networkIndex(links[i].network)];
        routes.links.push_back(i);
        if (!router.route(links[i], routes.points))
            ++result.unrouted;
        routes.route_begin.push_back(static_cast<std::uint32_t>(routes.points.size()));
    }
    for (NetworkRoutes& routes : result.networks)
        bundleRoutes(routes, design);
    return result;
}

} // namespace cs

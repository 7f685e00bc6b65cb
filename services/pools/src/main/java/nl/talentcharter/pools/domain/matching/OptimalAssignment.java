package nl.talentcharter.pools.domain.matching;

import java.util.Arrays;

/**
 * An exact assignment of people to requests on the eligible pairs only (ADR 0105), as a min-cost flow: each
 * request supplies its open positions; a position flows either through an eligible person (cost minus the
 * pair's weight; each person passes at most one) to the sink, or straight to the sink as "unfilled" (cost 0).
 * Since a filled position weighs more than any sum of scores (see {@link Assessment#weight()}), the cheapest
 * flow fills the most positions, then has the highest score, then the longest waiting.
 *
 * <p>Solved by successive shortest paths with Johnson potentials: one position at a time, Dijkstra from its
 * request to the sink, stopped as soon as the sink is settled. With many more people than positions most
 * searches end after a request's own eligible people, so a run costs far less than the pairs times the
 * positions. Nodes Dijkstra did not settle move their potential by the sink's distance, which keeps every
 * reduced cost non-negative (each augmentation stays along a shortest path, so the flow stays cheapest).
 */
final class OptimalAssignment {

    private static final long UNREACHED = Long.MAX_VALUE;

    private final int people;
    private final int nodes;
    private final int sink;
    // residual arcs in pairs: arc a and its reverse a ^ 1; pair i is arc 2 * i
    private final int[] head;
    private final int[] next;
    private final int[] to;
    private final int[] capacity;
    private final long[] cost;
    private int arcs;

    /**
     * @param people      number of people (indices 0 .. people-1)
     * @param positions   open positions per request (request indices 0 .. positions.length-1)
     * @param pairPerson  person of each eligible pair
     * @param pairRequest request of each eligible pair
     * @param weight      what each eligible pair is worth (positive; higher is better), see {@link Assessment#weight}
     * @return for each pair 1 when it is in the optimal assignment, else 0
     */
    static int[] solve(int people, int[] positions, int[] pairPerson, int[] pairRequest, long[] weight) {
        return new OptimalAssignment(people, positions, pairPerson, pairRequest, weight).run(positions, pairPerson.length);
    }

    private OptimalAssignment(int people, int[] positions, int[] pairPerson, int[] pairRequest, long[] weight) {
        this.people = people;
        this.nodes = people + positions.length + 1;
        this.sink = nodes - 1;
        int capacityOfArcs = 2 * (pairPerson.length + people + positions.length);
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[capacityOfArcs];
        to = new int[capacityOfArcs];
        capacity = new int[capacityOfArcs];
        cost = new long[capacityOfArcs];
        for (int pair = 0; pair < pairPerson.length; pair++) {
            arc(people + pairRequest[pair], pairPerson[pair], 1, -weight[pair]);
        }
        for (int person = 0; person < people; person++) {
            arc(person, sink, 1, 0);
        }
        for (int request = 0; request < positions.length; request++) {
            arc(people + request, sink, positions[request], 0); // unfilled
        }
    }

    private void arc(int from, int target, int cap, long price) {
        to[arcs] = target;
        capacity[arcs] = cap;
        cost[arcs] = price;
        next[arcs] = head[from];
        head[from] = arcs++;
        to[arcs] = from;
        capacity[arcs] = 0;
        cost[arcs] = -price;
        next[arcs] = head[target];
        head[target] = arcs++;
    }

    private int[] run(int[] positions, int pairs) {
        long[] potential = initialPotentials();
        long[] distance = new long[nodes];
        Arrays.fill(distance, UNREACHED);
        int[] via = new int[nodes];
        boolean[] settled = new boolean[nodes];
        int[] touched = new int[nodes];
        NodeHeap heap = new NodeHeap(nodes, distance);
        for (int request = 0; request < positions.length; request++) {
            for (int position = 0; position < positions[request]; position++) {
                int from = people + request;
                int reached = shortestPath(from, potential, distance, via, settled, touched, heap);
                for (int node = sink; node != from; node = to[via[node] ^ 1]) {
                    capacity[via[node]]--;
                    capacity[via[node] ^ 1]++;
                }
                for (int i = 0; i < reached; i++) {
                    distance[touched[i]] = UNREACHED;
                    settled[touched[i]] = false;
                }
            }
        }
        int[] chosen = new int[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            chosen[pair] = capacity[2 * pair] == 0 ? 1 : 0;
        }
        return chosen;
    }

    /** Shortest distances from the requests in the initial network, which has no cycles: requests, people, sink. */
    private long[] initialPotentials() {
        long[] potential = new long[nodes];
        for (int request = people; request < sink; request++) {
            for (int a = head[request]; a >= 0; a = next[a]) {
                if (capacity[a] > 0 && to[a] < people) {
                    potential[to[a]] = Math.min(potential[to[a]], cost[a]);
                }
            }
        }
        long sinkDistance = 0;
        for (int person = 0; person < people; person++) {
            sinkDistance = Math.min(sinkDistance, potential[person]);
        }
        potential[sink] = sinkDistance;
        return potential;
    }

    /**
     * Dijkstra on reduced costs from one request until the sink is settled (it always is: the request's own
     * "unfilled" arc leads there), then the potentials move; returns how many nodes it touched, listed in
     * {@code touched}.
     */
    private int shortestPath(int from, long[] potential, long[] distance, int[] via, boolean[] settled, int[] touched,
                             NodeHeap heap) {
        int reachedNodes = 0;
        distance[from] = 0;
        touched[reachedNodes++] = from;
        heap.push(from);
        while (!heap.isEmpty()) {
            int node = heap.pop();
            settled[node] = true;
            if (node == sink) {
                break;
            }
            for (int a = head[node]; a >= 0; a = next[a]) {
                int target = to[a];
                if (capacity[a] > 0 && !settled[target]) {
                    long candidate = distance[node] + cost[a] + potential[node] - potential[target];
                    if (candidate < distance[target]) {
                        if (distance[target] == UNREACHED) {
                            touched[reachedNodes++] = target;
                        }
                        distance[target] = candidate;
                        via[target] = a;
                        heap.pushOrDecrease(target);
                    }
                }
            }
        }
        heap.clear();
        long reach = distance[sink];
        // settled nodes move by their distance, all others by the sink's; shifted by minus the sink's distance
        // (the same for every node, so no reduced cost changes), untouched nodes do not move at all
        for (int i = 0; i < reachedNodes; i++) {
            int node = touched[i];
            potential[node] += (settled[node] ? distance[node] : reach) - reach;
        }
        return reachedNodes;
    }

    /** A binary min-heap of nodes keyed by their current distance, with decrease-key. */
    private static final class NodeHeap {
        private final int[] heap;
        private final int[] position;
        private final long[] key;
        private int size;

        NodeHeap(int nodes, long[] key) {
            this.heap = new int[nodes];
            this.position = new int[nodes];
            this.key = key;
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node) {
            heap[size] = node;
            position[node] = size;
            up(size++);
        }

        void pushOrDecrease(int node) {
            if (position[node] < 0) {
                push(node);
            } else {
                up(position[node]);
            }
        }

        int pop() {
            int top = heap[0];
            position[top] = -1;
            if (--size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[heap[i]] = -1;
            }
            size = 0;
        }

        private void up(int i) {
            int node = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (key[heap[parent]] <= key[node]) {
                    break;
                }
                heap[i] = heap[parent];
                position[heap[i]] = i;
                i = parent;
            }
            heap[i] = node;
            position[node] = i;
        }

        private void down(int i) {
            int node = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                    child++;
                }
                if (key[heap[child]] >= key[node]) {
                    break;
                }
                heap[i] = heap[child];
                position[heap[i]] = i;
                i = child;
            }
            heap[i] = node;
            position[node] = i;
        }
    }
}

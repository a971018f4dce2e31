# richards: Martin Richards' operating-system simulation benchmark — an idle
# task, a worker, two handlers and two devices passing packets through a
# priority scheduler. Objects with linked lists, attribute traffic and method
# dispatch through a small class hierarchy. The packet and hold counts are the
# classic checksum (23246 and 9297 for a count of 10000).

ITERATIONS = 75
COUNT = 10000

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        # Put this packet at the end of the queue; return the queue's head.
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        if self.packet_pending and self.waiting and not self.holding:
            pkt = self.input
            self.input = pkt.link
            self.packet_pending = self.input is not None
            self.waiting = False
        else:
            pkt = None
        return self.step(pkt)

    def take_packet(self, pkt, sender):
        # Queue a packet for this task; switch to it if it outranks the sender.
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return sender

    # The operations a task body may end with; each names the next task to run.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        other = self.sched.tasks[ident]
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, pkt):
        target = self.sched.tasks[pkt.ident]
        self.sched.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return target.take_packet(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control = self.control // 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            n = work.datum
            if n < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return self.send(dev)
            else:
                self.work_in = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.wait()
            self.pending = None
            return self.send(pkt)
        self.pending = pkt
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                task = task.run()


def run_once(count):
    sched = Scheduler()
    IdleTask(sched, count)
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(sched, queue)
    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(sched, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(sched, HANDLER_B, 3000, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.queue_count, sched.hold_count


def main():
    results = [run_once(COUNT) for _ in range(ITERATIONS)]
    queued, held = results[0]
    print("iterations=%d all equal=%s" % (ITERATIONS, results.count(results[0]) == ITERATIONS))
    print("queue count=%d hold count=%d" % (queued, held))


main()

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Diagnosis</name>
    <message>
        <source>Undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Cgroup memory limit</source>
        <translation>cgroup 内存限制</translation>
    </message>
    <message>
        <source>Parent cgroup memory limit</source>
        <translation>上级 cgroup 内存限制</translation>
    </message>
    <message>
        <source>Machine out of memory</source>
        <translation>整机内存耗尽</translation>
    </message>
    <message>
        <source>NUMA nodes or cpuset exhausted</source>
        <translation>NUMA 节点或 cpuset 内存耗尽</translation>
    </message>
    <message>
        <source>Memory fragmentation</source>
        <translation>内存碎片化</translation>
    </message>
    <message>
        <source>No killable process</source>
        <translation>没有可杀的进程</translation>
    </message>
    <message>
        <source>Panic on OOM</source>
        <translation>OOM 时 panic</translation>
    </message>
    <message>
        <source>Large unreclaimable kernel slab</source>
        <translation>大量不可回收的内核 slab</translation>
    </message>
    <message>
        <source>Static huge pages</source>
        <translation>静态大页</translation>
    </message>
    <message>
        <source>Big processes protected from the OOM killer</source>
        <translation>受保护免于 OOM killer 的大进程</translation>
    </message>
    <message>
        <source>Killed again and again</source>
        <translation>反复被杀</translation>
    </message>
    <message>
        <source>No swap</source>
        <translation>没有 swap</translation>
    </message>
    <message>
        <source>Swap exhausted</source>
        <translation>swap 耗尽</translation>
    </message>
    <message>
        <source>A page allocation failed without invoking the OOM killer; no OOM cause applies.</source>
        <translation>一次页分配失败，但没有调用 OOM killer；不适用任何 OOM 原因。</translation>
    </message>
    <message>
        <source>The report does not hold enough of the kernel&apos;s output to name a cause.</source>
        <translation>报告中的内核输出不足，无法确定原因。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 free %2, %3 %4</source>
        <translation>%1 空闲 %2，%3 %4</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>An order-%1 request (%2 contiguous) failed although free memory was above the watermark (%3): no free block of %2 or larger was left, memory was fragmented.</source>
        <translation>一次 order-%1 请求（%2 连续内存）失败，尽管空闲内存高于水位线（%3）：已没有 %2 或更大的空闲块，内存已碎片化。</translation>
    </message>
    <message>
        <source>Let compaction make large blocks (vm.compaction_proactiveness, or echo 1 &gt; /proc/sys/vm/compact_memory), keep more memory free (vm.min_free_kbytes), and ask the driver or program making the large allocation to use kvmalloc()/vmalloc() or smaller buffers.</source>
        <translation>让内存规整（compaction）生成大块（vm.compaction_proactiveness，或 echo 1 &gt; /proc/sys/vm/compact_memory），保留更多空闲内存（vm.min_free_kbytes），并让发起大块分配的驱动或程序改用 kvmalloc()/vmalloc() 或更小的缓冲区。</translation>
    </message>
    <message>
        <source>The machine needed more memory than it had: find the largest consumers, limit them (cgroup memory limits), fix leaks, or add RAM or swap.</source>
        <translation>机器需要的内存超过了它拥有的内存：找出最大的内存消耗者并加以限制（cgroup 内存限制），修复内存泄漏，或增加内存或 swap。</translation>
    </message>
    <message>
        <source>The victim %1 held %2 of anonymous memory.</source>
        <translation>被杀进程 %1 占用了 %2 匿名内存。</translation>
    </message>
    <message>
        <source> + lowmem_reserve %1</source>
        <translation> + lowmem_reserve %1</translation>
    </message>
    <message>
        <source>Not every zone the allocation could use was below its min watermark (%1), so the report does not show a memory shortage.</source>
        <translation>并非该分配可用的每个 zone 都低于其 min 水位线（%1），因此报告并未显示内存短缺。</translation>
    </message>
    <message>
        <source>Every zone the allocation could use was at or below its min watermark (%1) and reclaim could not free enough: the machine ran out of memory.</source>
        <translation>该分配可用的每个 zone 都处于或低于其 min 水位线（%1），且回收无法释放足够内存：整机内存耗尽。</translation>
    </message>
    <message>
        <source>The kernel reported a whole-machine OOM (CONSTRAINT_NONE) for a single-page (order-0) request, which cannot fail from fragmentation: reclaim could not keep any zone above its watermark. The report holds no zone lines to show by how much.</source>
        <translation>内核针对单页（order-0）请求报告了整机 OOM（CONSTRAINT_NONE），这种请求不会因碎片化而失败：回收无法让任何 zone 保持在水位线之上。报告中没有 zone 行，无法显示差距有多大。</translation>
    </message>
    <message>
        <source>Static huge pages held %1 (%2 of RAM, %3 of it free), memory that ordinary allocations cannot use and the OOM killer cannot reclaim.</source>
        <translation>静态大页占用了 %1（占内存的 %2，其中 %3 空闲），这部分内存普通分配无法使用，OOM killer 也无法回收。</translation>
    </message>
    <message>
        <source>Size the static huge page pool (vm.nr_hugepages, hugepages= on the kernel command line) to what the applications really use, and count it out of the memory available to everything else.</source>
        <translation>按应用实际用量设置静态大页池的大小（vm.nr_hugepages，或内核命令行的 hugepages=），并把它从其余程序可用的内存中扣除。</translation>
    </message>
    <message>
        <source>This was a manual OOM kill (sysrq-f, order=-1), not a failed allocation, so no memory shortage cause applies.</source>
        <translation>这是一次手动触发的 OOM kill（sysrq-f，order=-1），并非分配失败，因此不适用任何内存短缺原因。</translation>
    </message>
    <message>
        <source>Every zone was above its high watermark (%1).</source>
        <translation>每个 zone 都高于其 high 水位线（%1）。</translation>
    </message>
    <message>
        <source>Find out who triggered sysrq-f (echo f &gt; /proc/sysrq-trigger, a watchdog or an admin); if it answered a stall, look at the memory pressure before the kill rather than at this report.</source>
        <translation>查明是谁触发了 sysrq-f（echo f &gt; /proc/sysrq-trigger、watchdog 或管理员）；如果是为了应对卡顿，应查看 kill 之前的内存压力，而不是这份报告。</translation>
    </message>
    <message>
        <source>The ancestor cgroup %1 reached its limit%2; the victim %3 lives below it in %4, whose memory counts against that limit.</source>
        <translation>上级 cgroup %1 达到了其上限%2；被杀进程 %3 位于其下的 %4 中，其内存计入该上限。</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>The two printed paths are not nested as text (the log was edited or corrupted), but the kernel only picks victims inside the limited cgroup&apos;s subtree.</source>
        <translation>打印出的两个路径在文本上没有嵌套关系（日志被编辑或已损坏），但内核只会在受限 cgroup 的子树内选择被杀进程。</translation>
    </message>
    <message>
        <source>Raise the limit of %1 (for Kubernetes: the pod&apos;s total limit) or lower what its children may use together; a child&apos;s own limit does not protect it from its parent&apos;s.</source>
        <translation>提高 %1 的上限（Kubernetes 中即 Pod 的总限制），或降低其子 cgroup 的总用量；子 cgroup 自身的上限无法使其免受父 cgroup 上限的影响。</translation>
    </message>
    <message>
        <source>The memory cgroup %1 reached its own limit%2 and the kernel killed %3 inside it.</source>
        <translation>内存 cgroup %1 达到了自身上限%2，内核杀掉了其中的 %3。</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>一个进程</translation>
    </message>
    <message>
        <source>Raise the memory limit of %1 (memory.max on cgroup v2, memory.limit_in_bytes on v1, or the container&apos;s or unit&apos;s memory limit) or make the workload use less memory.</source>
        <translation>提高 %1 的内存上限（cgroup v2 的 memory.max，v1 的 memory.limit_in_bytes，或容器、unit 的内存限制），或让工作负载少用内存。</translation>
    </message>
    <message>
        <source>A memory cgroup limit was hit, but the report does not name both the limited cgroup and the victim&apos;s cgroup, so the victim&apos;s own limit cannot be told from a parent&apos;s.</source>
        <translation>触发了内存 cgroup 上限，但报告没有同时给出受限 cgroup 和被杀进程所在的 cgroup，因此无法区分是被杀进程自身的上限还是父 cgroup 的上限。</translation>
    </message>
    <message>
        <source>Find the cgroup in the full kernel log (the oom-kill: line) or in the container runtime&apos;s events, then raise that cgroup&apos;s memory limit or reduce its usage.</source>
        <translation>在完整的内核日志（oom-kill: 行）或容器运行时的事件中找到该 cgroup，然后提高其内存上限或降低其用量。</translation>
    </message>
    <message>
        <source>The OOM killer found no process it was allowed to kill.</source>
        <translation>OOM killer 找不到允许杀掉的进程。</translation>
    </message>
    <message>
        <source>The OOM killer found no process it was allowed to kill, so the kernel panicked.</source>
        <translation>OOM killer 找不到允许杀掉的进程，因此内核 panic。</translation>
    </message>
    <message>
        <source>%1 (pid %2, %3)</source>
        <translation>%1（pid %2，%3）</translation>
    </message>
    <message>
        <source>Protected by oom_score_adj -1000: %1.</source>
        <translation>受 oom_score_adj -1000 保护：%1。</translation>
    </message>
    <message>
        <source>The task table is empty: no user-space process existed (the OOM happened during boot or in a kernel thread).</source>
        <translation>任务表为空：当时没有用户态进程（OOM 发生在启动过程中或内核线程中）。</translation>
    </message>
    <message>
        <source>The memory is held by the kernel or by protected processes: look at kernel memory (slab, the Unreclaimable slab info table), drop oom_score_adj -1000 where it is not essential, and give the machine more memory (for a kdump capture kernel: a larger crashkernel=).</source>
        <translation>内存被内核或受保护的进程占用：检查内核内存（slab、Unreclaimable slab info 表），在非必要处去掉 oom_score_adj -1000，并为机器增加内存（对于 kdump 捕获内核：增大 crashkernel=）。</translation>
    </message>
    <message>
        <source>A NUMA memory policy restricted the allocation to node(s) %1, and they ran out of memory.</source>
        <translation>NUMA 内存策略将分配限制在节点 %1 上，而这些节点的内存已耗尽。</translation>
    </message>
    <message>
        <source>The task&apos;s cpuset %1 restricted the allocation to node(s) %2, and they ran out of memory.</source>
        <translation>该任务的 cpuset %1 将分配限制在节点 %2 上，而这些节点的内存已耗尽。</translation>
    </message>
    <message>
        <source>Allowed zones: %1.</source>
        <translation>允许的 zone：%1。</translation>
    </message>
    <message>
        <source>The machine as a whole still had at least %1 free on other nodes.</source>
        <translation>整台机器在其他节点上仍至少有 %1 空闲内存。</translation>
    </message>
    <message>
        <source>Widen the memory policy (numactl --membind / mbind / set_mempolicy) to more nodes or use a preferred policy, or reduce what the task needs on those nodes.</source>
        <translation>将内存策略（numactl --membind / mbind / set_mempolicy）扩展到更多节点，或改用 preferred 策略，或减少该任务在这些节点上的内存需求。</translation>
    </message>
    <message>
        <source>Give the cpuset more memory nodes (cpuset.mems) or move memory-hungry tasks out of it, or reduce what they need on those nodes.</source>
        <translation>为该 cpuset 分配更多内存节点（cpuset.mems），或将耗内存的任务移出，或减少它们在这些节点上的内存需求。</translation>
    </message>
    <message>
        <source>Processes the OOM killer may not touch (oom_score_adj -1000) held %1 of RAM: %2.</source>
        <translation>OOM killer 不得触碰的进程（oom_score_adj -1000）占用了 %1 的内存：%2。</translation>
    </message>
    <message>
        <source>Give these processes a memory limit, or drop the -1000 protection (OOMScoreAdjust= in the systemd unit, /proc/PID/oom_score_adj) where it is not essential, so their memory is not off limits.</source>
        <translation>为这些进程设置内存限制，或在非必要处去掉 -1000 保护（systemd unit 中的 OOMScoreAdjust=、/proc/PID/oom_score_adj），使其内存不再是禁区。</translation>
    </message>
    <message>
        <source>The kernel panicked instead of killing a process because vm.panic_on_oom=%1 (%2).</source>
        <translation>由于 vm.panic_on_oom=%1（%2），内核直接 panic，而没有杀掉进程。</translation>
    </message>
    <message>
        <source>compulsory: every OOM panics</source>
        <translation>强制：每次 OOM 都 panic</translation>
    </message>
    <message>
        <source>system-wide OOMs panic</source>
        <translation>全局 OOM 时 panic</translation>
    </message>
    <message>
        <source>The kernel panicked instead of killing a process because vm.panic_on_oom is set.</source>
        <translation>由于设置了 vm.panic_on_oom，内核直接 panic，而没有杀掉进程。</translation>
    </message>
    <message>
        <source>The OOM itself was a memory cgroup limit, which only panics with panic_on_oom=2.</source>
        <translation>这次 OOM 本身是内存 cgroup 上限触发的，只有 panic_on_oom=2 时才会 panic。</translation>
    </message>
    <message>
        <source>Set vm.panic_on_oom=0 unless a panic (and failover or a kdump vmcore) is really wanted, then fix the memory demand that triggered the OOM; with kdump loaded, the vmcore holds the full memory state.</source>
        <translation>除非确实需要 panic（以及故障切换或 kdump vmcore），否则设置 vm.panic_on_oom=0，然后解决触发 OOM 的内存需求；加载了 kdump 时，vmcore 中保存着完整的内存状态。</translation>
    </message>
    <message>
        <source>%1 was killed %2 times on this host so far (pids %3): something keeps starting it again and it keeps running out of memory.</source>
        <translation>%1 在此主机上已被杀 %2 次（pid %3）：有东西不断重新启动它，而它不断耗尽内存。</translation>
    </message>
    <message>
        <source>Restarting will not help: fix the memory need or the memory limit of %1, and check the restart policy of whatever starts it (systemd Restart=, a container&apos;s restart policy, a parent process).</source>
        <translation>重启无济于事：解决 %1 的内存需求或内存上限问题，并检查启动它的一方的重启策略（systemd Restart=、容器的重启策略、父进程）。</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab held %1, %2 of RAM.</source>
        <translation>不可回收的内核 slab 占用了 %1，占内存的 %2。</translation>
    </message>
    <message>
        <source>Largest caches: %1.</source>
        <translation>最大的缓存：%1。</translation>
    </message>
    <message>
        <source>Kernel memory that cannot be reclaimed grew large: suspect a kernel or driver leak (or a debug feature such as kmemleak); watch slabtop or /proc/slabinfo for the growing cache and update or report the module behind it.</source>
        <translation>不可回收的内核内存增长过大：怀疑内核或驱动存在泄漏（或启用了 kmemleak 等调试功能）；用 slabtop 或 /proc/slabinfo 观察不断增长的缓存，并更新或报告其背后的模块。</translation>
    </message>
    <message>
        <source>The machine had no swap, so every anonymous page had to stay in RAM.</source>
        <translation>机器没有 swap，因此所有匿名页都必须留在内存中。</translation>
    </message>
    <message>
        <source>Consider some swap or zram so that rarely used anonymous memory can leave RAM, or size RAM for the whole anonymous working set.</source>
        <translation>考虑配置一些 swap 或 zram，让很少使用的匿名内存可以移出内存，或按整个匿名工作集的大小配置内存。</translation>
    </message>
    <message>
        <source>Swap was exhausted: %1 free of %2.</source>
        <translation>swap 已耗尽：%2 中仅 %1 空闲。</translation>
    </message>
    <message>
        <source>RAM and swap together were too small for the anonymous memory in use: add memory or swap, or limit the largest consumer.</source>
        <translation>内存与 swap 合计不足以容纳正在使用的匿名内存：增加内存或 swap，或限制最大的消耗者。</translation>
    </message>
    <message>
        <source>The kill was triggered by hand (sysrq-f), but the machine was short of memory anyway.</source>
        <translation>此次 kill 是手动触发的（sysrq-f），但机器本身也确实内存不足。</translation>
    </message>
    <message>
        <source>Zones this kind of allocation may not use still had memory (%1).</source>
        <translation>此类分配不可使用的 zone 仍有空闲内存（%1）。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui</name>
    <message>
        <source>invoker line</source>
        <translation>触发行</translation>
    </message>
    <message>
        <source>CPU/PID line</source>
        <translation>CPU/PID 行</translation>
    </message>
    <message>
        <source>Mem-Info summary</source>
        <translation>Mem-Info 摘要</translation>
    </message>
    <message>
        <source>zone watermarks</source>
        <translation>zone 水位线</translation>
    </message>
    <message>
        <source>buddy lines</source>
        <translation>buddy 行</translation>
    </message>
    <message>
        <source>task table</source>
        <translation>任务表</translation>
    </message>
    <message>
        <source>oom-kill summary</source>
        <translation>oom-kill 摘要</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>被杀进程</translation>
    </message>
    <message>
        <source>kill line</source>
        <translation>kill 行</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Partial report.</source>
        <translation>报告不完整。</translation>
    </message>
    <message>
        <source>Partial report, missing: %1.</source>
        <translation>报告不完整，缺少：%1。</translation>
    </message>
    <message>
        <source>Lines were left out (&quot;...&quot; in the log).</source>
        <translation>有行被省略（日志中的“...”）。</translation>
    </message>
    <message>
        <source>The kernel dropped messages (ring buffer overrun).</source>
        <translation>内核丢弃了消息（环形缓冲区溢出）。</translation>
    </message>
    <message numerus="yes">
        <source>%n identical copy(ies) of this report were merged.</source>
        <translation>
            <numerusform>已合并此报告的 %n 份相同副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>No diagnosis rules were available; this only restates what the report says.</source>
        <translation>没有可用的诊断规则；这里只复述报告的内容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Invoker</source>
        <translation>触发进程</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>被杀进程</translation>
    </message>
    <message>
        <source>Memory freed</source>
        <translation>释放的内存</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Limit hit in</source>
        <translation>触及上限的 cgroup</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup</source>
        <translation>被杀进程的 cgroup</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>No remedy can be given from this report.</source>
        <translation>无法根据此报告给出处理建议。</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>其他发现</translation>
    </message>
    <message>
        <source>ordinary kernel allocation: may sleep, reclaim, do IO and filesystem work</source>
        <translation>普通内核分配：可睡眠、回收、执行 IO 和文件系统操作</translation>
    </message>
    <message>
        <source>kernel allocation charged to the task&apos;s memory cgroup</source>
        <translation>计入任务所属内存 cgroup 的内核分配</translation>
    </message>
    <message>
        <source>charged to the task&apos;s memory cgroup: kernel memory can trigger a cgroup OOM</source>
        <translation>计入任务所属内存 cgroup：内核内存可能触发 cgroup OOM</translation>
    </message>
    <message>
        <source>user-space page</source>
        <translation>用户态页</translation>
    </message>
    <message>
        <source>user-space page, may use HighMem on 32-bit</source>
        <translation>用户态页，在 32 位系统上可使用 HighMem</translation>
    </message>
    <message>
        <source>user-space page (anonymous memory or page cache), movable: may use the Movable zone and CMA</source>
        <translation>用户态页（匿名内存或页缓存），可迁移：可使用 Movable zone 和 CMA</translation>
    </message>
    <message>
        <source>transparent huge page (order 9 on x86)</source>
        <translation>透明大页（x86 上为 order 9）</translation>
    </message>
    <message>
        <source>transparent huge page, light reclaim</source>
        <translation>透明大页，轻度回收</translation>
    </message>
    <message>
        <source>must not recurse into the filesystem: the global OOM killer is skipped on modern kernels</source>
        <translation>不得递归进入文件系统：较新的内核会跳过全局 OOM killer</translation>
    </message>
    <message>
        <source>must not start IO</source>
        <translation>不得发起 IO</translation>
    </message>
    <message>
        <source>cannot sleep or reclaim: fails instead of calling the OOM killer</source>
        <translation>不能睡眠或回收：直接失败，不调用 OOM killer</translation>
    </message>
    <message>
        <source>cannot sleep: fails instead of calling the OOM killer</source>
        <translation>不能睡眠：直接失败，不调用 OOM killer</translation>
    </message>
    <message>
        <source>must come from the DMA zone</source>
        <translation>必须来自 DMA zone</translation>
    </message>
    <message>
        <source>must come from the DMA32 zone</source>
        <translation>必须来自 DMA32 zone</translation>
    </message>
    <message>
        <source>compound (multi-page) allocation, e.g. slab or a large folio</source>
        <translation>复合页（多页）分配，例如 slab 或大 folio</translation>
    </message>
    <message>
        <source>zeroed page</source>
        <translation>清零的页</translation>
    </message>
    <message>
        <source>gives up early, never calls the OOM killer</source>
        <translation>尽早放弃，从不调用 OOM killer</translation>
    </message>
    <message>
        <source>retries hard but may fail, never calls the OOM killer</source>
        <translation>努力重试但允许失败，从不调用 OOM killer</translation>
    </message>
    <message>
        <source>retries hard (older name of __GFP_RETRY_MAYFAIL)</source>
        <translation>努力重试（__GFP_RETRY_MAYFAIL 的旧名称）</translation>
    </message>
    <message>
        <source>must not fail: the allocator loops</source>
        <translation>不允许失败：分配器会一直循环重试</translation>
    </message>
    <message>
        <source>no page allocation failure warning</source>
        <translation>不输出 page allocation failure 警告</translation>
    </message>
    <message>
        <source>reclaimable slab</source>
        <translation>可回收 slab</translation>
    </message>
    <message>
        <source>zone selector: DMA only</source>
        <translation>zone 选择：仅 DMA</translation>
    </message>
    <message>
        <source>zone selector: DMA32 or below</source>
        <translation>zone 选择：DMA32 或更低</translation>
    </message>
    <message>
        <source>zone selector: may use HighMem</source>
        <translation>zone 选择：可使用 HighMem</translation>
    </message>
    <message>
        <source>zone selector: may use the Movable zone and CMA</source>
        <translation>zone 选择：可使用 Movable zone 和 CMA</translation>
    </message>
    <message>
        <source>only the preferred NUMA node</source>
        <translation>仅限首选 NUMA 节点</translation>
    </message>
    <message>
        <source>cpuset limits enforced strictly</source>
        <translation>严格执行 cpuset 限制</translation>
    </message>
    <message>
        <source>high priority: may dip into reserves</source>
        <translation>高优先级：可动用部分保留内存</translation>
    </message>
    <message>
        <source>may use all memory reserves</source>
        <translation>可使用全部保留内存</translation>
    </message>
    <message>
        <source>may start IO (part of GFP_KERNEL)</source>
        <translation>可发起 IO（GFP_KERNEL 的一部分）</translation>
    </message>
    <message>
        <source>may call into the filesystem (part of GFP_KERNEL)</source>
        <translation>可调用文件系统（GFP_KERNEL 的一部分）</translation>
    </message>
    <message>
        <source>may reclaim directly (part of GFP_KERNEL)</source>
        <translation>可直接回收（GFP_KERNEL 的一部分）</translation>
    </message>
    <message>
        <source>may wake kswapd (part of GFP_KERNEL)</source>
        <translation>可唤醒 kswapd（GFP_KERNEL 的一部分）</translation>
    </message>
    <message>
        <source>page will be written to (dirty page balancing)</source>
        <translation>页将被写入（脏页平衡）</translation>
    </message>
    <message>
        <source>cache-cold page (removed in 4.15)</source>
        <translation>缓存冷页（4.15 中移除）</translation>
    </message>
    <message>
        <source>not tracked by kmemcheck</source>
        <translation>不被 kmemcheck 跟踪</translation>
    </message>
    <message>
        <source>must not use memory reserves</source>
        <translation>不得使用保留内存</translation>
    </message>
    <message>
        <source>skips KASAN poisoning</source>
        <translation>跳过 KASAN 投毒标记</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>%1 (value typical of %2 kernels; the report printed no flag names)</source>
        <translation>%1（%2 内核的典型值；报告未打印标志名）</translation>
    </message>
    <message>
        <source>further flags the report did not name</source>
        <translation>报告未列出的其他标志</translation>
    </message>
    <message>
        <source>The whole machine ran out of memory.</source>
        <translation>整机内存耗尽。</translation>
    </message>
    <message>
        <source>A memory cgroup reached its limit.</source>
        <translation>某个内存 cgroup 达到了上限。</translation>
    </message>
    <message>
        <source>The allowed NUMA nodes ran out of memory.</source>
        <translation>允许使用的 NUMA 节点内存耗尽。</translation>
    </message>
    <message>
        <source>The report does not show enough to tell why.</source>
        <translation>报告信息不足，无法判断原因。</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>cgroup limit</source>
        <translation>cgroup 上限</translation>
    </message>
    <message>
        <source>parent cgroup limit</source>
        <translation>父 cgroup 上限</translation>
    </message>
    <message>
        <source>machine out of memory</source>
        <translation>整机内存耗尽</translation>
    </message>
    <message>
        <source>NUMA constraint</source>
        <translation>NUMA 限制</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>nothing killable</source>
        <translation>无可杀进程</translation>
    </message>
    <message>
        <source>panic on OOM</source>
        <translation>OOM 时 panic</translation>
    </message>
    <message>
        <source>allocation failure, no kill</source>
        <translation>分配失败，未 kill</translation>
    </message>
    <message>
        <source>An allocation failed without the OOM killer running (a page allocation failure warning, not an OOM kill).</source>
        <translation>一次分配失败，但 OOM killer 没有运行（这是 page allocation failure 警告，而非 OOM kill）。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>unreadable input</source>
        <translation>无法读取的输入</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <source>the file got shorter while it was read (truncated or rotated?): stopped after %1 bytes</source>
        <translation>读取期间文件变短了（被截断或轮转？）：在 %1 字节处停止</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 were cut</source>
        <translation>
            <numerusform>%n 行超过 %1，已被截断</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No OOM kill in this window.</source>
        <translation>此时间窗口内没有 OOM kill。</translation>
    </message>
    <message>
        <source>OOM kills:</source>
        <translation>OOM kill：</translation>
    </message>
    <message>
        <source>Zone watermarks and buddy counts are not collected for this host. node_exporter has these collectors off by default; start it with &lt;code&gt;%1&lt;/code&gt; (on Debian: add them to ARGS in /etc/default/prometheus-node-exporter).</source>
        <translation>此主机未采集 zone 水位线和 buddy 计数。node_exporter 默认关闭这些 collector；请用 &lt;code&gt;%1&lt;/code&gt; 启动它（Debian：加到 /etc/default/prometheus-node-exporter 的 ARGS 中）。</translation>
    </message>
    <message>
        <source>Zones at %1 (pages)</source>
        <translation>%1 时的 zone（页）</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>受管</translation>
    </message>
    <message>
        <source>Free blocks per order at %1 (buddyinfo)</source>
        <translation>%1 时各 order 的空闲块（buddyinfo）</translation>
    </message>
    <message>
        <source>Partial answer: %1</source>
        <translation>部分应答：%1</translation>
    </message>
    <message>
        <source>Containers with OOM kills</source>
        <translation>有 OOM kill 的容器</translation>
    </message>
    <message>
        <source>namespace/pod/container</source>
        <translation>命名空间/Pod/容器</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>OOM events (cAdvisor)</source>
        <translation>OOM 事件（cAdvisor）</translation>
    </message>
    <message>
        <source>restarts, last reason OOMKilled</source>
        <translation>重启次数（最后原因 OOMKilled）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::BuddyHeatmap</name>
    <message>
        <source>free blocks</source>
        <translation>空闲块</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation>%1，对数刻度</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1，%2：%3 %4</translation>
    </message>
    <message>
        <source>%1 per block, %2 in total</source>
        <translation>每块 %1，共 %2</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::BuddyPanel</name>
    <message>
        <source>request order</source>
        <translation>请求 order</translation>
    </message>
    <message>
        <source>Share of a zone&apos;s free memory that sits in blocks too small for a request of each order (the kernel&apos;s unusable free space index, mm/vmstat.c unusable_free_index()). 100 % = no free block of that order or larger.</source>
        <translation>zone 的空闲内存中，位于对各 order 请求而言过小的块中的比例（内核的不可用空闲空间指数，mm/vmstat.c unusable_free_index()）。100 % = 没有该 order 或更大的空闲块。</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone：</translation>
    </message>
    <message>
        <source>Free blocks per order, now (buddyinfo)</source>
        <translation>当前各 order 的空闲块（buddyinfo）</translation>
    </message>
    <message>
        <source>Unusable free memory per request order</source>
        <translation>各请求 order 下不可用的空闲内存</translation>
    </message>
    <message>
        <source>Free blocks over time are recorded while watching a live host.</source>
        <translation>空闲块随时间的变化仅在监视实时主机时记录。</translation>
    </message>
    <message>
        <source>Chosen zone over time (order x time)</source>
        <translation>所选 zone 随时间变化（order × 时间）</translation>
    </message>
    <message>
        <source>Chosen zone per migrate type (pagetypeinfo)</source>
        <translation>所选 zone 按迁移类型（pagetypeinfo）</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>节点 %1 %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>/proc/pagetypeinfo could not be read (%1). Since Linux 5.4 it is readable by root only: run OOM Lens as root to see free blocks per migrate type.</source>
        <translation>无法读取 /proc/pagetypeinfo（%1）。自 Linux 5.4 起只有 root 可读：以 root 身份运行 OOM Lens 才能查看各迁移类型的空闲块。</translation>
    </message>
    <message>
        <source>No /proc/buddyinfo in this source.</source>
        <translation>此数据源中没有 /proc/buddyinfo。</translation>
    </message>
    <message>
        <source>Chosen zone per migrate type (pagetypeinfo, read every 5th sample)</source>
        <translation>所选 zone 按迁移类型（pagetypeinfo，每 5 次采样读取一次）</translation>
    </message>
    <message>
        <source>No /proc/pagetypeinfo in this source. It is readable by root only (Linux 5.4+), so a capture made without root does not contain it.</source>
        <translation>此数据源中没有 /proc/pagetypeinfo。它只有 root 可读（Linux 5.4+），因此非 root 采集的数据中不包含它。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::CgroupProcessPanel</name>
    <message>
        <source>Filter by pid, name or command line</source>
        <translation>按 pid、名称或命令行过滤</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>所有进程</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory cgroups&lt;/b&gt; (select one to filter the processes)</source>
        <translation>&lt;b&gt;内存 cgroup&lt;/b&gt;（选择一个以过滤进程）</translation>
    </message>
    <message>
        <source>All processes, ranked host-wide</source>
        <translation>所有进程，按全机排序</translation>
    </message>
    <message>
        <source>Processes in %1 and below; &quot;Rank in&quot; = order of a memcg OOM there</source>
        <translation>%1 及其下的进程；“在…中的排名” = 该处发生 memcg OOM 时的选择顺序</translation>
    </message>
    <message>
        <source>%1 of %2 processes shown</source>
        <translation>显示 %2 个进程中的 %1 个</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::CgroupTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1 (cgroup %2)</source>
        <translation>%1（cgroup %2）</translation>
    </message>
    <message>
        <source>Own limit: %1; an ancestor&apos;s limit is tighter</source>
        <translation>自身上限：%1；某个上级的上限更严格</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Usage / limit</source>
        <translation>用量 / 上限</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>OOM kill</translation>
    </message>
    <message>
        <source>Failcnt / max</source>
        <translation>Failcnt / max</translation>
    </message>
    <message>
        <source>PSI some</source>
        <translation>PSI some</translation>
    </message>
    <message>
        <source>PSI full</source>
        <translation>PSI full</translation>
    </message>
    <message>
        <source>Procs</source>
        <translation>进程数</translation>
    </message>
    <message>
        <source>memory.current (v2) or memory.usage_in_bytes (v1) against the effective limit</source>
        <translation>memory.current（v2）或 memory.usage_in_bytes（v1）相对于有效上限</translation>
    </message>
    <message>
        <source>The tightest hard limit of this cgroup and its ancestors (memory.max / memory.limit_in_bytes)</source>
        <translation>此 cgroup 及其所有上级中最严格的硬上限（memory.max / memory.limit_in_bytes）</translation>
    </message>
    <message>
        <source>memory.high: reclaim/throttle threshold (v2 only)</source>
        <translation>memory.high：回收/限流阈值（仅 v2）</translation>
    </message>
    <message>
        <source>v2 memory.events oom (times the limit was hit and reclaim failed); v1 memory.oom_control under_oom</source>
        <translation>v2 memory.events oom（触及上限且回收失败的次数）；v1 memory.oom_control under_oom</translation>
    </message>
    <message>
        <source>OOM kills charged to this cgroup (v2 memory.events oom_kill, includes descendants; v1 memory.oom_control oom_kill)</source>
        <translation>计入此 cgroup 的 OOM kill 次数（v2 memory.events oom_kill，包含子孙 cgroup；v1 memory.oom_control oom_kill）</translation>
    </message>
    <message>
        <source>v1 memory.failcnt (charges that hit the limit); v2 memory.events max</source>
        <translation>v1 memory.failcnt（触及上限的计费次数）；v2 memory.events max</translation>
    </message>
    <message>
        <source>memory.pressure some avg10 (v2 only)</source>
        <translation>memory.pressure some avg10（仅 v2）</translation>
    </message>
    <message>
        <source>memory.pressure full avg10 (v2 only)</source>
        <translation>memory.pressure full avg10（仅 v2）</translation>
    </message>
    <message>
        <source>Processes in this cgroup itself (cgroup.procs)</source>
        <translation>直接属于此 cgroup 的进程（cgroup.procs）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ChartRenderer</name>
    <message>
        <source>Node %1: free memory against the watermarks (relative to each zone&apos;s high)</source>
        <translation>节点 %1：空闲内存与水位线对比（相对于各 zone 的 high）</translation>
    </message>
    <message>
        <source>Free memory against the watermarks (relative to each zone&apos;s high)</source>
        <translation>空闲内存与水位线对比（相对于各 zone 的 high）</translation>
    </message>
    <message>
        <source>Free blocks per order (log colour scale); requested order %1 framed</source>
        <translation>各 order 的空闲块（对数色阶）；请求的 order %1 已加框</translation>
    </message>
    <message>
        <source>Free blocks per order (log colour scale)</source>
        <translation>各 order 的空闲块（对数色阶）</translation>
    </message>
    <message>
        <source>All events by host, coloured by cause</source>
        <translation>按主机列出的所有事件，按原因着色</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ConnectionDialog</name>
    <message>
        <source>Prometheus Connection</source>
        <translation>Prometheus 连接</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>only for Mimir or Cortex (X-Scope-OrgID)</source>
        <translation>仅用于 Mimir 或 Cortex（X-Scope-OrgID）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证(&amp;A)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>密码或令牌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Scrape &amp;interval:</source>
        <translation>抓取间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>The password or token is kept in the system&apos;s secret store, never in the settings file.</source>
        <translation>密码或令牌保存在系统的密钥库中，绝不写入设置文件。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::DesktopNotifier</name>
    <message>
        <source>OOM Lens</source>
        <translation>OOM Lens</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::DiagnosisCard</name>
    <message>
        <source>Select an event to see why it happened.</source>
        <translation>选择一个事件以查看其发生原因。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventDetailWidget</name>
    <message>
        <source>Watermarks</source>
        <translation>水位线</translation>
    </message>
    <message>
        <source>Buddy allocator</source>
        <translation>Buddy 分配器</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>内存 cgroup</translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation>原始报告</translation>
    </message>
    <message>
        <source>This report has no buddy (free area) lines.</source>
        <translation>此报告没有 buddy（free area）行。</translation>
    </message>
    <message numerus="yes">
        <source>Free blocks per order. The request was order %1 (%n page(s)); it is framed. Crossed cells at or above it are orders with no free block at all.</source>
        <translation>
            <numerusform>各 order 的空闲块。请求为 order %1（%n 页），已加框。在它及以上被划叉的格子表示该 order 完全没有空闲块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Free blocks per order. The requested order is unknown, so none is marked.</source>
        <translation>各 order 的空闲块。请求的 order 未知，因此未作标记。</translation>
    </message>
    <message>
        <source>The report has no task table (cut, or printed with vm.oom_dump_tasks=0).</source>
        <translation>报告中没有任务表（被截断，或在 vm.oom_dump_tasks=0 时打印）。</translation>
    </message>
    <message>
        <source>The task table is empty: there was no process the OOM killer could choose.</source>
        <translation>任务表为空：没有 OOM killer 可以选择的进程。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s). The victim is shown in bold on red; blue rows have oom_score_adj -1000 and are never chosen.</source>
        <translation>
            <numerusform>%n 个任务。被杀进程以红底粗体显示；蓝色行的 oom_score_adj 为 -1000，永远不会被选中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>未选择事件。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventListModel</name>
    <message>
        <source>Partial report: %1 missing</source>
        <translation>报告不完整：缺少 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Invoker</source>
        <translation>触发进程</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>被杀进程</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Memory freed</source>
        <translation>释放的内存</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Wall-clock time from the log prefix, else the kernel&apos;s uptime stamp</source>
        <translation>取自日志前缀的挂钟时间，否则为内核的运行时间戳</translation>
    </message>
    <message>
        <source>Host name from the syslog or journal prefix</source>
        <translation>取自 syslog 或 journal 前缀的主机名</translation>
    </message>
    <message>
        <source>The task whose allocation started the OOM killer (often not the victim)</source>
        <translation>其分配触发了 OOM killer 的任务（通常不是被杀进程）</translation>
    </message>
    <message>
        <source>The process the kernel killed</source>
        <translation>被内核杀掉的进程</translation>
    </message>
    <message>
        <source>The victim&apos;s memory cgroup</source>
        <translation>被杀进程所在的内存 cgroup</translation>
    </message>
    <message>
        <source>The victim&apos;s anon + file + shmem RSS at the kill, from the &quot;Killed process&quot; line</source>
        <translation>被杀时进程的 anon + file + shmem RSS，取自“Killed process”行</translation>
    </message>
    <message>
        <source>Why the kernel ran out of memory, from the diagnosis rules</source>
        <translation>根据诊断规则得出的内核内存耗尽原因</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventTimeline</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;victim: %3&lt;br&gt;cause: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;被杀进程：%3&lt;br&gt;原因：%4</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>seconds since boot</source>
        <translation>自启动以来的秒数</translation>
    </message>
    <message>
        <source>event number (the log has no usable time stamps)</source>
        <translation>事件序号（日志中没有可用的时间戳）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::FleetWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>no saved connection</source>
        <translation>没有已保存的连接</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>label=value, … (job, instance, cluster, namespace)</source>
        <translation>标签=值, …（job、instance、cluster、namespace）</translation>
    </message>
    <message>
        <source>The label that names a host at your site</source>
        <translation>贵站点用于命名主机的标签</translation>
    </message>
    <message>
        <source>Host label:</source>
        <translation>主机标签：</translation>
    </message>
    <message>
        <source>Click a kill in the strip to see that host around that time.</source>
        <translation>点击条带中的一次 kill，查看该主机在该时间前后的情况。</translation>
    </message>
    <message>
        <source>Connect to the Prometheus that scrapes your hosts&apos; node_exporter.</source>
        <translation>连接到抓取各主机 node_exporter 的 Prometheus。</translation>
    </message>
    <message>
        <source>The password or token is kept for this session only: the secret store said: %1</source>
        <translation>密码或令牌仅在本次会话中保留：密钥库报告：%1</translation>
    </message>
    <message>
        <source>The secret store did not give the password or token: %1</source>
        <translation>密钥库未能提供密码或令牌：%1</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Prometheus is unreachable</source>
        <translation>无法连接 Prometheus</translation>
    </message>
    <message>
        <source>Prometheus did not answer in time</source>
        <translation>Prometheus 未及时应答</translation>
    </message>
    <message>
        <source>Prometheus refused the credentials (HTTP %1)</source>
        <translation>Prometheus 拒绝了凭据（HTTP %1）</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1</source>
        <translation>Prometheus 应答 HTTP %1</translation>
    </message>
    <message>
        <source>Prometheus rejected the query</source>
        <translation>Prometheus 拒绝了查询</translation>
    </message>
    <message>
        <source>The answer is not Prometheus&apos; query API</source>
        <translation>应答不是 Prometheus 查询 API 的格式</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OOM kill(s)</source>
        <translation>
            <numerusform>%n 次 OOM kill</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 min</source>
        <translation>步长 %1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) with OOM kills</source>
        <translation>
            <numerusform>%n 个容器有 OOM kill</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial answer: %1</source>
        <translation>部分应答：%1</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>未显示：%1</translation>
    </message>
    <message>
        <source>Reading %1 around %2…</source>
        <translation>正在读取 %1 在 %2 前后的数据…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kill(s) in the window</source>
        <translation>
            <numerusform>%1：窗口内 %n 次 kill</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oomlens::ui::HostViews</name>
    <message>
        <source>Cgroups &amp;&amp; processes</source>
        <translation>cgroup 与进程</translation>
    </message>
    <message>
        <source>Watermarks</source>
        <translation>水位线</translation>
    </message>
    <message>
        <source>Buddy allocator</source>
        <translation>Buddy 分配器</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::LiveHostWidget</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live:&lt;/b&gt; %1 · Linux %2</source>
        <translation>&lt;b&gt;实时：&lt;/b&gt;%1 · Linux %2</translation>
    </message>
    <message>
        <source>kernel log watched</source>
        <translation>正在监视内核日志</translation>
    </message>
    <message>
        <source>kernel log not readable (%1): OOM kills are detected from counters only</source>
        <translation>内核日志不可读（%1）：仅通过计数器检测 OOM kill</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · last read %2 ms · history %3 samples (%4) · %5</source>
        <translation>%1 · 上次读取 %2 ms · 历史 %3 个样本（%4）· %5</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>采样中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>OOM kill at %1: killed %2 (pid %3)</source>
        <translation>%1 发生 OOM kill：杀掉了 %2（pid %3）</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>一个进程</translation>
    </message>
    <message>
        <source> in cgroup %1</source>
        <translation>，位于 cgroup %1</translation>
    </message>
    <message>
        <source> (limit of %1)</source>
        <translation>（%1 的上限）</translation>
    </message>
    <message>
        <source>OOM kill at %1</source>
        <translation>%1 发生 OOM kill</translation>
    </message>
    <message>
        <source>%1 OOM kills at %2</source>
        <translation>%2 发生 %1 次 OOM kill</translation>
    </message>
    <message>
        <source>. The kernel log is not readable, so the victim is unknown (run as root to see it).</source>
        <translation>。内核日志不可读，因此不知道被杀的是哪个进程（以 root 身份运行即可看到）。</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM kill</translation>
    </message>
    <message>
        <source>Time from the start of one sample to the start of the next. Processes and pagetypeinfo are read every %1th sample.</source>
        <translation>从一次采样开始到下一次采样开始的时间。进程和 pagetypeinfo 每 %1 次采样读取一次。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading; the events found so far are discarded.</source>
        <translation>停止读取；已找到的事件将被丢弃。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MainWindow</name>
    <message>
        <source>OOM Lens</source>
        <translation>OOM Lens</translation>
    </message>
    <message>
        <source>Open a kernel log (dmesg, journalctl -k, /var/log/messages, vmcore-dmesg.txt, compressed or not) to see every OOM event in it, why it happened and what to do about it.

You can also drop files onto this window.</source>
        <translation>打开内核日志（dmesg、journalctl -k、/var/log/messages、vmcore-dmesg.txt，压缩与否均可），查看其中每个 OOM 事件、发生原因以及处理办法。

也可以把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Open a Log…</source>
        <translation>打开日志…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open kernel logs or a snapshot</source>
        <translation>打开内核日志或快照</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Event as &amp;HTML…</source>
        <translation>事件导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Event as &amp;PDF…</source>
        <translation>事件导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>All Events as H&amp;TML…</source>
        <translation>全部事件导出为 HTML(&amp;T)…</translation>
    </message>
    <message>
        <source>All Events as P&amp;DF…</source>
        <translation>全部事件导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Event &amp;Charts as PNG…</source>
        <translation>事件图表导出为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Copy Event as Text</source>
        <translation>以文本复制事件(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of the selected event, for a ticket</source>
        <translation>复制所选事件的纯文本摘要，便于提交工单</translation>
    </message>
    <message>
        <source>&amp;Live Host</source>
        <translation>实时主机(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Post-Mortem</source>
        <translation>事后分析(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About OOM Lens</source>
        <translation>关于 OOM Lens(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>该文件已不存在</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not readable (permission denied)</source>
        <translation>%1：不可读（权限不足）</translation>
    </message>
    <message>
        <source>Some files could not be opened.</source>
        <translation>部分文件无法打开。</translation>
    </message>
    <message>
        <source>Open Kernel Logs</source>
        <translation>打开内核日志</translation>
    </message>
    <message>
        <source>About OOM Lens</source>
        <translation>关于 OOM Lens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OOM Lens %1&lt;/h3&gt;&lt;p&gt;Explore the memory state of Linux hosts and the history of their OOM kills: what happened, why, and what to do about it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OOM Lens %1&lt;/h3&gt;&lt;p&gt;探查 Linux 主机的内存状态及其 OOM kill 历史：发生了什么、为什么发生、应该如何处理。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message numerus="yes">
        <source>No OOM event was found in %n line(s).</source>
        <translation>
            <numerusform>在 %n 行中未找到 OOM 事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines could not be understood; the events below may be partial.</source>
        <translation>部分行无法解析；下面的事件可能不完整。</translation>
    </message>
    <message>
        <source>%1 – OOM Lens</source>
        <translation>%1 – OOM Lens</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM event(s)</source>
        <translation>
            <numerusform>%n 个 OOM 事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Charts Into</source>
        <translation>图表保存到</translation>
    </message>
    <message>
        <source>The charts could not be written.</source>
        <translation>无法写入图表。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) into %1</source>
        <translation>
            <numerusform>已将 %n 张图片写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Event copied to the clipboard.</source>
        <translation>事件已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Reading snapshot %1…</source>
        <translation>正在读取快照 %1…</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>快照(&amp;S)</translation>
    </message>
    <message>
        <source>Kernel logs and snapshots (*.log *.txt *.gz *.xz *.zst *.bz2 *.tar *.tgz messages* syslog* kern* dmesg*);;All files (*)</source>
        <translation>内核日志和快照 (*.log *.txt *.gz *.xz *.zst *.bz2 *.tar *.tgz messages* syslog* kern* dmesg*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The snapshot could not be opened.</source>
        <translation>无法打开该快照。</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>集群(&amp;L)</translation>
    </message>
    <message>
        <source>OOM kills across your hosts, from Prometheus</source>
        <translation>来自 Prometheus 的各主机 OOM kill</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MemcgPanel</name>
    <message>
        <source>Limit hit in: %1</source>
        <translation>触及上限的 cgroup：%1</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup: %1</source>
        <translation>被杀进程的 cgroup：%1</translation>
    </message>
    <message>
        <source>The limit of an ancestor cgroup was reached, not the victim&apos;s own.</source>
        <translation>达到的是上级 cgroup 的上限，而不是被杀进程自身 cgroup 的上限。</translation>
    </message>
    <message>
        <source>memory.oom.group is set on %1: all its tasks were killed together.</source>
        <translation>%1 上设置了 memory.oom.group：其所有任务被一起杀掉。</translation>
    </message>
    <message>
        <source>%1: usage %2, limit %3, failcnt %4</source>
        <translation>%1：用量 %2，上限 %3，failcnt %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The report prints no usage/limit counters.</source>
        <translation>报告未打印用量/上限计数器。</translation>
    </message>
    <message>
        <source>Statistics of %1:</source>
        <translation>%1 的统计：</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MemcgStatsModel</name>
    <message>
        <source>Line %1; raw value %2</source>
        <translation>第 %1 行；原始值 %2</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oomlens::ui::OomScoreAdjDialog</name>
    <message>
        <source>Change OOM kill priority</source>
        <translation>更改 OOM kill 优先级</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>oom_score_adj: %1 → %2</source>
        <translation>oom_score_adj：%1 → %2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing changes: the value is already %1.</source>
        <translation>无需更改：当前值已是 %1。</translation>
    </message>
    <message>
        <source>The OOM killer will never choose this process: -1000 exempts it.</source>
        <translation>OOM killer 永远不会选择此进程：-1000 使其豁免。</translation>
    </message>
    <message>
        <source>The process is no longer exempt from the OOM killer.</source>
        <translation>该进程不再豁免于 OOM killer。</translation>
    </message>
    <message>
        <source>The kernel will be more likely to kill it: its badness grows by %1% of RAM plus swap.</source>
        <translation>内核更可能杀掉它：其 badness 增加内存加 swap 总量的 %1%。</translation>
    </message>
    <message>
        <source>The kernel will be less likely to kill it: its badness shrinks by %1% of RAM plus swap.</source>
        <translation>内核更不可能杀掉它：其 badness 减少内存加 swap 总量的 %1%。</translation>
    </message>
    <message>
        <source>It will be chosen first unless another process also has 1000.</source>
        <translation>除非另有进程也是 1000，否则它将被最先选中。</translation>
    </message>
    <message>
        <source>Kill order: position %1 → %2 of %3 (position 1 is chosen first).</source>
        <translation>kill 顺序：第 %1 位 → 第 %2 位，共 %3 个（第 1 位最先被选中）。</translation>
    </message>
    <message>
        <source>New kill order: position %1 of %2 (position 1 is chosen first).</source>
        <translation>新的 kill 顺序：第 %1 位，共 %2 个（第 1 位最先被选中）。</translation>
    </message>
    <message>
        <source>The new kill order position is not known.</source>
        <translation>新的 kill 顺序位置未知。</translation>
    </message>
    <message>
        <source>Values below the process&apos;s floor (normally 0) need an administrator: you may be asked for a password.</source>
        <translation>低于该进程下限（通常为 0）的值需要管理员权限：可能会要求输入密码。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Done. The kernel now reports oom_score_adj = %1.</source>
        <translation>完成。内核现在报告 oom_score_adj = %1。</translation>
    </message>
    <message>
        <source>Cancelled: the authentication was dismissed. oom_score_adj stays %1.</source>
        <translation>已取消：认证被关闭。oom_score_adj 保持为 %1。</translation>
    </message>
    <message>
        <source>Not authorised: the system did not allow the change. oom_score_adj stays %1.</source>
        <translation>未授权：系统不允许此更改。oom_score_adj 保持为 %1。</translation>
    </message>
    <message>
        <source>the process has exited.</source>
        <translation>该进程已退出。</translation>
    </message>
    <message>
        <source>its process ID now belongs to another process.</source>
        <translation>其进程 ID 现已属于另一个进程。</translation>
    </message>
    <message>
        <source>it is a kernel thread, which the OOM killer never chooses.</source>
        <translation>它是内核线程，OOM killer 永远不会选择它。</translation>
    </message>
    <message>
        <source>the kernel refused it (%1): values below the process&apos;s floor need the CAP_SYS_RESOURCE capability.</source>
        <translation>内核拒绝了此操作（%1）：低于进程下限的值需要 CAP_SYS_RESOURCE 能力。</translation>
    </message>
    <message>
        <source>the kernel refused it (%1).</source>
        <translation>内核拒绝了此操作（%1）。</translation>
    </message>
    <message>
        <source>the value must be between -1000 and 1000.</source>
        <translation>该值必须在 -1000 到 1000 之间。</translation>
    </message>
    <message>
        <source>the privileged helper is not available (%1).</source>
        <translation>特权辅助程序不可用（%1）。</translation>
    </message>
    <message>
        <source>the privileged helper failed (%1).</source>
        <translation>特权辅助程序执行失败（%1）。</translation>
    </message>
    <message>
        <source>unexpected error (%1).</source>
        <translation>意外错误（%1）。</translation>
    </message>
    <message>
        <source>oom_score_adj is %1.</source>
        <translation>oom_score_adj 为 %1。</translation>
    </message>
    <message>
        <source>oom_score_adj: n/a.</source>
        <translation>oom_score_adj：不详。</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>被拒绝：%1 %2</translation>
    </message>
    <message>
        <source>Applying… If asked, authenticate as an administrator.</source>
        <translation>正在应用…如有提示，请以管理员身份认证。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::OomScoreAdjEditor</name>
    <message>
        <source>-1000: never kill</source>
        <translation>-1000：永不 kill</translation>
    </message>
    <message>
        <source>-500: much less likely</source>
        <translation>-500：可能性大大降低</translation>
    </message>
    <message>
        <source>0: default</source>
        <translation>0：默认</translation>
    </message>
    <message>
        <source>500: much more likely</source>
        <translation>500：可能性大大提高</translation>
    </message>
    <message>
        <source>1000: kill first</source>
        <translation>1000：最先 kill</translation>
    </message>
    <message>
        <source>oom_score_adj: -1000 never kill … 1000 kill first</source>
        <translation>oom_score_adj：-1000 永不 kill … 1000 最先 kill</translation>
    </message>
    <message>
        <source>Presets: -1000 never kill … 1000 kill first</source>
        <translation>预设：-1000 永不 kill … 1000 最先 kill</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::PostMortemWidget</name>
    <message>
        <source>Filter events by host, process, cgroup or cause…</source>
        <translation>按主机、进程、cgroup 或原因过滤事件…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%2 个事件中的 %1 个</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ProcessTableModel</name>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>The kernel never picks this process (oom_score_adj -1000, kernel thread or init).</source>
        <translation>内核永远不会选中此进程（oom_score_adj -1000、内核线程或 init）。</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Anon</source>
        <translation>Anon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Shmem</source>
        <translation>Shmem</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>oom_score</source>
        <translation>oom_score</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>Kill rank</source>
        <translation>kill 排名</translation>
    </message>
    <message>
        <source>Rank in cgroup</source>
        <translation>cgroup 内排名</translation>
    </message>
    <message>
        <source>Rank in %1</source>
        <translation>在 %1 中的排名</translation>
    </message>
    <message>
        <source>Resident memory (VmRSS = RssAnon + RssFile + RssShmem), /proc/PID/status</source>
        <translation>常驻内存（VmRSS = RssAnon + RssFile + RssShmem），/proc/PID/status</translation>
    </message>
    <message>
        <source>Resident anonymous memory (RssAnon)</source>
        <translation>常驻匿名内存（RssAnon）</translation>
    </message>
    <message>
        <source>Resident file-backed memory (RssFile)</source>
        <translation>常驻文件映射内存（RssFile）</translation>
    </message>
    <message>
        <source>Resident shared memory (RssShmem)</source>
        <translation>常驻共享内存（RssShmem）</translation>
    </message>
    <message>
        <source>Swapped-out anonymous memory (VmSwap)</source>
        <translation>换出到 swap 的匿名内存（VmSwap）</translation>
    </message>
    <message>
        <source>The kernel&apos;s own /proc/PID/oom_score (0..2000)</source>
        <translation>内核自己的 /proc/PID/oom_score（0..2000）</translation>
    </message>
    <message>
        <source>/proc/PID/oom_score_adj: -1000 never killed .. 1000 killed first</source>
        <translation>/proc/PID/oom_score_adj：-1000 永不被杀 .. 1000 最先被杀</translation>
    </message>
    <message>
        <source>Order in which a host-wide OOM would pick victims (mm/oom_kill.c oom_badness()); #1 goes first</source>
        <translation>全机 OOM 时选择被杀进程的顺序（mm/oom_kill.c oom_badness()）；#1 最先</translation>
    </message>
    <message>
        <source>Order within the selected cgroup&apos;s subtree (a memcg OOM there)</source>
        <translation>在所选 cgroup 子树内的顺序（该处发生 memcg OOM 时）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::RawReportView</name>
    <message>
        <source>&lt;b&gt;gfp_mask=%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;gfp_mask=%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the report printed no flag names and the value is not one we can name safely (bit assignments changed between kernel versions).</source>
        <translation> —— 报告未打印标志名，且该值无法可靠解读（各内核版本的位定义不同）。</translation>
    </message>
    <message>
        <source>order=-1: not an allocation, the OOM killer was started by hand (sysrq-f).</source>
        <translation>order=-1：不是分配请求，OOM killer 是手动触发的（sysrq-f）。</translation>
    </message>
    <message>
        <source>order=%1: the request wanted %2 contiguous page(s).</source>
        <translation>order=%1：该请求需要 %2 个连续页。</translation>
    </message>
    <message>
        <source>&lt;b&gt;mode=%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;mode=%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The report shows no gfp_mask (the invoker line is missing or was cut).</source>
        <translation>报告中没有 gfp_mask（触发行缺失或被截断）。</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ReportExporter</name>
    <message>
        <source>OOM event %1 of %2</source>
        <translation>OOM 事件 %1/%2</translation>
    </message>
    <message>
        <source>Cause: %1 — %2</source>
        <translation>原因：%1 —— %2</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Invoker: %1</source>
        <translation>触发进程：%1</translation>
    </message>
    <message>
        <source>gfp_mask: %1%2</source>
        <translation>gfp_mask：%1%2</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order：%1</translation>
    </message>
    <message>
        <source>Victim: %1</source>
        <translation>被杀进程：%1</translation>
    </message>
    <message>
        <source>Memory freed: %1</source>
        <translation>释放的内存：%1</translation>
    </message>
    <message>
        <source>Limit hit in: %1</source>
        <translation>触及上限的 cgroup：%1</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup: %1</source>
        <translation>被杀进程的 cgroup：%1</translation>
    </message>
    <message>
        <source>  &lt;- at or below min</source>
        <translation>  &lt;- 处于或低于 min</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>none can be given from this report</source>
        <translation>无法根据此报告给出</translation>
    </message>
    <message>
        <source>Also: %1 %2</source>
        <translation>另外：%1 %2</translation>
    </message>
    <message>
        <source>Source: %1, lines %2–%3</source>
        <translation>来源：%1，第 %2–%3 行</translation>
    </message>
    <message>
        <source>Event %1: %2 killed %3</source>
        <translation>事件 %1：%2 杀掉了 %3</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Largest tasks (%1 of %2)</source>
        <translation>最大的任务（%2 个中的 %1 个）</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>Report (evidence lines marked)</source>
        <translation>报告（已标出证据行）</translation>
    </message>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM Lens 报告</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in this report; written %1 by OOM Lens %2.</source>
        <translation>
            <numerusform>本报告包含 %n 个事件；由 OOM Lens %2 于 %1 生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation>%1：无法写入 PDF</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1：无法写入图片</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language takes effect the next time OOM Lens starts.</source>
        <translation>新语言将在下次启动 OOM Lens 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SnapshotWidget</name>
    <message>
        <source>&lt;b&gt;Snapshot:&lt;/b&gt; %1 · host %2 · Linux %3 · %4</source>
        <translation>&lt;b&gt;快照：&lt;/b&gt;%1 · 主机 %2 · Linux %3 · %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial snapshot:</source>
        <translation>快照不完整：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SummaryStrip</name>
    <message>
        <source>&lt;b&gt;Memory&lt;/b&gt; %1 available of %2 (%3)</source>
        <translation>&lt;b&gt;内存&lt;/b&gt; 可用 %1 / 共 %2（%3）</translation>
    </message>
    <message>
        <source>/proc/meminfo MemAvailable and MemTotal</source>
        <translation>/proc/meminfo MemAvailable 与 MemTotal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swap&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Swap&lt;/b&gt; 无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swap&lt;/b&gt; %1 used of %2</source>
        <translation>&lt;b&gt;Swap&lt;/b&gt; 已用 %1 / 共 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swap&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Swap&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;PSI&lt;/b&gt; some %1 · full %2</source>
        <translation>&lt;b&gt;PSI&lt;/b&gt; some %1 · full %2</translation>
    </message>
    <message>
        <source>/proc/pressure/memory avg10: share of the last 10 s in which some / all tasks stalled on memory</source>
        <translation>/proc/pressure/memory avg10：最近 10 秒内部分 / 全部任务因内存而停顿的时间比例</translation>
    </message>
    <message>
        <source>/proc/pressure/memory is absent (kernel without CONFIG_PSI or psi=0)</source>
        <translation>/proc/pressure/memory 不存在（内核未启用 CONFIG_PSI 或设置了 psi=0）</translation>
    </message>
    <message>
        <source>0 heuristic</source>
        <translation>0 启发式</translation>
    </message>
    <message>
        <source>1 always</source>
        <translation>1 总是允许</translation>
    </message>
    <message>
        <source>2 strict (ratio %1 %)</source>
        <translation>2 严格（比例 %1 %）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overcommit&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Overcommit&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>vm.overcommit_memory</source>
        <translation>vm.overcommit_memory</translation>
    </message>
    <message>
        <source>0 (kill a process)</source>
        <translation>0（杀掉一个进程）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;1 (panic unless constrained)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;1（除受限 OOM 外均 panic）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;2 (always panic)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;2（总是 panic）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;panic_on_oom&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;panic_on_oom&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>vm.panic_on_oom</source>
        <translation>vm.panic_on_oom</translation>
    </message>
    <message>
        <source>&lt;b&gt;OOM kills since boot&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;启动以来 OOM kill 次数&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>/proc/vmstat oom_kill (Linux 4.13+)</source>
        <translation>/proc/vmstat oom_kill（Linux 4.13+）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::TaskTableModel</name>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 (never killed)</source>
        <translation>%1（永不被杀）</translation>
    </message>
    <message>
        <source>%1 (oom_adj)</source>
        <translation>%1（oom_adj）</translation>
    </message>
    <message>
        <source>The OOM killer chose this process</source>
        <translation>OOM killer 选中了此进程</translation>
    </message>
    <message>
        <source>oom_score_adj -1000: the OOM killer never chooses this process</source>
        <translation>oom_score_adj -1000：OOM killer 永远不会选择此进程</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TGID</source>
        <translation>TGID</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>虚拟内存</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Anon</source>
        <translation>Anon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Shmem</source>
        <translation>Shmem</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>oom_score_adj</source>
        <translation>oom_score_adj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>total_vm: the virtual size of the process</source>
        <translation>total_vm：进程的虚拟内存大小</translation>
    </message>
    <message>
        <source>rss: resident memory (what the OOM killer&apos;s badness score mostly counts)</source>
        <translation>rss：常驻内存（OOM killer 的 badness 分数主要依据它）</translation>
    </message>
    <message>
        <source>swapents: pages of the process in swap</source>
        <translation>swapents：进程在 swap 中的页数</translation>
    </message>
    <message>
        <source>-1000 exempts a process from the OOM killer; +1000 makes it the first choice</source>
        <translation>-1000 使进程豁免于 OOM killer；+1000 使其成为首选</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::TimelineLayout</name>
    <message>
        <source>%1 (no host)</source>
        <translation>%1（无主机名）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkBars</name>
    <message>
        <source>No populated zone</source>
        <translation>没有已填充的 zone</translation>
    </message>
    <message>
        <source>free %1 · min %2 · low %3 · high %4</source>
        <translation>空闲 %1 · min %2 · low %3 · high %4</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkChart</name>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>free CMA</source>
        <translation>空闲 CMA</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>boost</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>managed</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;free is at or below min&lt;/b&gt;: allocations fail and the allocator reclaims directly or calls the OOM killer.</source>
        <translation>&lt;br&gt;&lt;b&gt;空闲内存处于或低于 min&lt;/b&gt;：分配失败，分配器会直接回收或调用 OOM killer。</translation>
    </message>
    <message>
        <source>&lt;br&gt;free is below low: kswapd is reclaiming.</source>
        <translation>&lt;br&gt;空闲内存低于 low：kswapd 正在回收。</translation>
    </message>
    <message>
        <source>&lt;br&gt;The watermarks are boosted: free may sit below min without a real shortage.</source>
        <translation>&lt;br&gt;水位线已被提升（boost）：空闲内存可能低于 min，但并非真正短缺。</translation>
    </message>
    <message>
        <source>Relative to each zone&apos;s high watermark</source>
        <translation>相对于各 zone 的 high 水位线</translation>
    </message>
    <message>
        <source>Absolute (MiB, log scale)</source>
        <translation>绝对值（MiB，对数刻度）</translation>
    </message>
    <message>
        <source>Bars: free memory. Lines: min (red), low (orange), high (green) watermarks. A red bar is at or below min.</source>
        <translation>柱：空闲内存。线：min（红）、low（橙）、high（绿）水位线。红色柱表示处于或低于 min。</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>刻度：</translation>
    </message>
    <message>
        <source>This report has no zone lines (Mem-Info block missing or cut), so there are no watermarks to show.</source>
        <translation>此报告没有 zone 行（Mem-Info 块缺失或被截断），因此无法显示水位线。</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Zones (no node number printed)</source>
        <translation>Zone（未打印节点编号）</translation>
    </message>
    <message>
        <source>the report prints every watermark as 0</source>
        <translation>报告中所有水位线均为 0</translation>
    </message>
    <message>
        <source>no free memory</source>
        <translation>没有空闲内存</translation>
    </message>
    <message>
        <source>at or below min</source>
        <translation>处于或低于 min</translation>
    </message>
    <message>
        <source>below low</source>
        <translation>低于 low</translation>
    </message>
    <message>
        <source>free: %1 % of high</source>
        <translation>空闲：high 的 %1 %</translation>
    </message>
    <message>
        <source>% of high</source>
        <translation>占 high 的 %</translation>
    </message>
    <message>
        <source>MiB (log scale)</source>
        <translation>MiB（对数刻度）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkPanel</name>
    <message>
        <source>Bars: free memory per zone on a log scale from one page to the zone&apos;s size, ticks at the min / low / high watermarks. Red: below min (direct reclaim, OOM risk), orange: below low (kswapd awake), yellow: below high.</source>
        <translation>柱：各 zone 的空闲内存，对数刻度从一页到 zone 大小，刻度线标出 min / low / high 水位线。红：低于 min（直接回收，有 OOM 风险），橙：低于 low（kswapd 已唤醒），黄：低于 high。</translation>
    </message>
    <message>
        <source>last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>last 10 minutes</source>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Node %1 (empty zones not shown: %2)</source>
        <translation>节点 %1（未显示空 zone：%2）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkTimeChart</name>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>free, MiB (log)</source>
        <translation>空闲，MiB（对数）</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 空闲</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 low</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 high</translation>
    </message>
    <message>
        <source>  (empty, not shown: %1)</source>
        <translation>  （空，未显示：%1）</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::facts</name>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>whole machine</source>
        <translation>整机</translation>
    </message>
    <message>
        <source>memory cgroup</source>
        <translation>内存 cgroup</translation>
    </message>
    <message>
        <source>cpuset</source>
        <translation>cpuset</translation>
    </message>
    <message>
        <source>NUMA memory policy</source>
        <translation>NUMA 内存策略</translation>
    </message>
    <message>
        <source>manual (sysrq-f)</source>
        <translation>手动（sysrq-f）</translation>
    </message>
    <message>
        <source>%1 (year guessed)</source>
        <translation>%1（年份为推测）</translation>
    </message>
    <message>
        <source>boot %1, uptime %2 s</source>
        <translation>启动 %1，运行时间 %2 秒</translation>
    </message>
    <message>
        <source>uptime %1 s</source>
        <translation>运行时间 %1 秒</translation>
    </message>
    <message>
        <source>none (panic)</source>
        <translation>无（panic）</translation>
    </message>
    <message>
        <source>none (allocation failure)</source>
        <translation>无（分配失败）</translation>
    </message>
    <message>
        <source>%1, chosen, no kill line</source>
        <translation>%1，已选中，无 kill 行</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>节点 %1 %2</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::format</name>
    <message>
        <source>n/a</source>
        <translation>不详</translation>
    </message>
</context>
</TS>

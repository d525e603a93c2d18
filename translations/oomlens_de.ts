<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Diagnosis</name>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Cgroup memory limit</source>
        <translation>Speicherlimit der Cgroup</translation>
    </message>
    <message>
        <source>Parent cgroup memory limit</source>
        <translation>Speicherlimit einer übergeordneten Cgroup</translation>
    </message>
    <message>
        <source>Machine out of memory</source>
        <translation>Rechner ohne freien Speicher</translation>
    </message>
    <message>
        <source>NUMA nodes or cpuset exhausted</source>
        <translation>NUMA-Knoten oder Cpuset erschöpft</translation>
    </message>
    <message>
        <source>Memory fragmentation</source>
        <translation>Speicherfragmentierung</translation>
    </message>
    <message>
        <source>No killable process</source>
        <translation>Kein beendbarer Prozess</translation>
    </message>
    <message>
        <source>Panic on OOM</source>
        <translation>Panic bei OOM</translation>
    </message>
    <message>
        <source>Large unreclaimable kernel slab</source>
        <translation>Großer nicht zurückgewinnbarer Kernel-Slab</translation>
    </message>
    <message>
        <source>Static huge pages</source>
        <translation>Statische Huge Pages</translation>
    </message>
    <message>
        <source>Big processes protected from the OOM killer</source>
        <translation>Große, vor dem OOM-Killer geschützte Prozesse</translation>
    </message>
    <message>
        <source>Killed again and again</source>
        <translation>Immer wieder beendet</translation>
    </message>
    <message>
        <source>No swap</source>
        <translation>Kein Swap</translation>
    </message>
    <message>
        <source>Swap exhausted</source>
        <translation>Swap erschöpft</translation>
    </message>
    <message>
        <source>A page allocation failed without invoking the OOM killer; no OOM cause applies.</source>
        <translation>Eine Seitenallokation schlug fehl, ohne den OOM-Killer aufzurufen; keine OOM-Ursache trifft zu.</translation>
    </message>
    <message>
        <source>The report does not hold enough of the kernel&apos;s output to name a cause.</source>
        <translation>Der Bericht enthält zu wenig Kernel-Ausgabe, um eine Ursache zu nennen.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Limit %1)</translation>
    </message>
    <message>
        <source>%1 free %2, %3 %4</source>
        <translation>%1 frei %2, %3 %4</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>An order-%1 request (%2 contiguous) failed although free memory was above the watermark (%3): no free block of %2 or larger was left, memory was fragmented.</source>
        <translation>Eine Anforderung der Order %1 (%2 zusammenhängend) schlug fehl, obwohl der freie Speicher über dem Watermark lag (%3): Es war kein freier Block von %2 oder größer mehr übrig, der Speicher war fragmentiert.</translation>
    </message>
    <message>
        <source>Let compaction make large blocks (vm.compaction_proactiveness, or echo 1 &gt; /proc/sys/vm/compact_memory), keep more memory free (vm.min_free_kbytes), and ask the driver or program making the large allocation to use kvmalloc()/vmalloc() or smaller buffers.</source>
        <translation>Lassen Sie Compaction große Blöcke bilden (vm.compaction_proactiveness oder echo 1 &gt; /proc/sys/vm/compact_memory), halten Sie mehr Speicher frei (vm.min_free_kbytes) und bitten Sie den Treiber oder das Programm mit der großen Allokation, kvmalloc()/vmalloc() oder kleinere Puffer zu verwenden.</translation>
    </message>
    <message>
        <source>The machine needed more memory than it had: find the largest consumers, limit them (cgroup memory limits), fix leaks, or add RAM or swap.</source>
        <translation>Der Rechner brauchte mehr Speicher, als er hatte: Finden Sie die größten Verbraucher, begrenzen Sie sie (Cgroup-Speicherlimits), beheben Sie Lecks oder fügen Sie RAM oder Swap hinzu.</translation>
    </message>
    <message>
        <source>The victim %1 held %2 of anonymous memory.</source>
        <translation>Das Opfer %1 belegte %2 anonymen Speicher.</translation>
    </message>
    <message>
        <source> + lowmem_reserve %1</source>
        <translation> + lowmem_reserve %1</translation>
    </message>
    <message>
        <source>Not every zone the allocation could use was below its min watermark (%1), so the report does not show a memory shortage.</source>
        <translation>Nicht jede für die Allokation nutzbare Zone lag unter ihrem min-Watermark (%1), daher zeigt der Bericht keinen Speichermangel.</translation>
    </message>
    <message>
        <source>Every zone the allocation could use was at or below its min watermark (%1) and reclaim could not free enough: the machine ran out of memory.</source>
        <translation>Jede für die Allokation nutzbare Zone lag auf oder unter ihrem min-Watermark (%1), und Reclaim konnte nicht genug freigeben: Dem Rechner ging der Speicher aus.</translation>
    </message>
    <message>
        <source>The kernel reported a whole-machine OOM (CONSTRAINT_NONE) for a single-page (order-0) request, which cannot fail from fragmentation: reclaim could not keep any zone above its watermark. The report holds no zone lines to show by how much.</source>
        <translation>Der Kernel meldete einen OOM des ganzen Rechners (CONSTRAINT_NONE) für eine Einzelseiten-Anforderung (Order 0), die nicht an Fragmentierung scheitern kann: Reclaim konnte keine Zone über ihrem Watermark halten. Der Bericht enthält keine Zonenzeilen, die zeigen, um wie viel.</translation>
    </message>
    <message>
        <source>Static huge pages held %1 (%2 of RAM, %3 of it free), memory that ordinary allocations cannot use and the OOM killer cannot reclaim.</source>
        <translation>Statische Huge Pages belegten %1 (%2 des RAM, davon %3 frei) – Speicher, den normale Allokationen nicht nutzen und der OOM-Killer nicht zurückgewinnen kann.</translation>
    </message>
    <message>
        <source>Size the static huge page pool (vm.nr_hugepages, hugepages= on the kernel command line) to what the applications really use, and count it out of the memory available to everything else.</source>
        <translation>Bemessen Sie den Pool statischer Huge Pages (vm.nr_hugepages, hugepages= auf der Kernel-Kommandozeile) nach dem tatsächlichen Bedarf der Anwendungen und rechnen Sie ihn aus dem für alles andere verfügbaren Speicher heraus.</translation>
    </message>
    <message>
        <source>This was a manual OOM kill (sysrq-f, order=-1), not a failed allocation, so no memory shortage cause applies.</source>
        <translation>Dies war ein manueller OOM-Kill (sysrq-f, order=-1), keine fehlgeschlagene Allokation, daher trifft keine Speichermangel-Ursache zu.</translation>
    </message>
    <message>
        <source>Every zone was above its high watermark (%1).</source>
        <translation>Jede Zone lag über ihrem high-Watermark (%1).</translation>
    </message>
    <message>
        <source>Find out who triggered sysrq-f (echo f &gt; /proc/sysrq-trigger, a watchdog or an admin); if it answered a stall, look at the memory pressure before the kill rather than at this report.</source>
        <translation>Finden Sie heraus, wer sysrq-f ausgelöst hat (echo f &gt; /proc/sysrq-trigger, ein Watchdog oder ein Admin); war es die Antwort auf einen Stillstand, betrachten Sie den Speicherdruck vor dem Kill statt dieses Berichts.</translation>
    </message>
    <message>
        <source>The ancestor cgroup %1 reached its limit%2; the victim %3 lives below it in %4, whose memory counts against that limit.</source>
        <translation>Die übergeordnete Cgroup %1 erreichte ihr Limit%2; das Opfer %3 liegt darunter in %4, dessen Speicher auf dieses Limit angerechnet wird.</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>The two printed paths are not nested as text (the log was edited or corrupted), but the kernel only picks victims inside the limited cgroup&apos;s subtree.</source>
        <translation>Die beiden ausgegebenen Pfade sind als Text nicht verschachtelt (das Log wurde bearbeitet oder ist beschädigt), aber der Kernel wählt Opfer nur im Teilbaum der begrenzten Cgroup.</translation>
    </message>
    <message>
        <source>Raise the limit of %1 (for Kubernetes: the pod&apos;s total limit) or lower what its children may use together; a child&apos;s own limit does not protect it from its parent&apos;s.</source>
        <translation>Erhöhen Sie das Limit von %1 (bei Kubernetes: das Gesamtlimit des Pods) oder senken Sie, was seine Kinder zusammen nutzen dürfen; das eigene Limit eines Kindes schützt es nicht vor dem des Elternteils.</translation>
    </message>
    <message>
        <source>The memory cgroup %1 reached its own limit%2 and the kernel killed %3 inside it.</source>
        <translation>Die Memory-Cgroup %1 erreichte ihr eigenes Limit%2, und der Kernel beendete %3 darin.</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>einen Prozess</translation>
    </message>
    <message>
        <source>Raise the memory limit of %1 (memory.max on cgroup v2, memory.limit_in_bytes on v1, or the container&apos;s or unit&apos;s memory limit) or make the workload use less memory.</source>
        <translation>Erhöhen Sie das Speicherlimit von %1 (memory.max bei Cgroup v2, memory.limit_in_bytes bei v1 oder das Speicherlimit des Containers oder der Unit) oder sorgen Sie dafür, dass die Last weniger Speicher braucht.</translation>
    </message>
    <message>
        <source>A memory cgroup limit was hit, but the report does not name both the limited cgroup and the victim&apos;s cgroup, so the victim&apos;s own limit cannot be told from a parent&apos;s.</source>
        <translation>Ein Memory-Cgroup-Limit wurde erreicht, aber der Bericht nennt nicht sowohl die begrenzte Cgroup als auch die Cgroup des Opfers; daher lässt sich das eigene Limit des Opfers nicht von dem eines Elternteils unterscheiden.</translation>
    </message>
    <message>
        <source>Find the cgroup in the full kernel log (the oom-kill: line) or in the container runtime&apos;s events, then raise that cgroup&apos;s memory limit or reduce its usage.</source>
        <translation>Suchen Sie die Cgroup im vollständigen Kernel-Log (die Zeile oom-kill:) oder in den Ereignissen der Container-Runtime, und erhöhen Sie dann deren Speicherlimit oder senken Sie ihren Verbrauch.</translation>
    </message>
    <message>
        <source>The OOM killer found no process it was allowed to kill.</source>
        <translation>Der OOM-Killer fand keinen Prozess, den er beenden durfte.</translation>
    </message>
    <message>
        <source>The OOM killer found no process it was allowed to kill, so the kernel panicked.</source>
        <translation>Der OOM-Killer fand keinen Prozess, den er beenden durfte, daher löste der Kernel eine Panic aus.</translation>
    </message>
    <message>
        <source>%1 (pid %2, %3)</source>
        <translation>%1 (PID %2, %3)</translation>
    </message>
    <message>
        <source>Protected by oom_score_adj -1000: %1.</source>
        <translation>Durch oom_score_adj -1000 geschützt: %1.</translation>
    </message>
    <message>
        <source>The task table is empty: no user-space process existed (the OOM happened during boot or in a kernel thread).</source>
        <translation>Die Task-Tabelle ist leer: Es gab keinen User-Space-Prozess (der OOM trat beim Booten oder in einem Kernel-Thread auf).</translation>
    </message>
    <message>
        <source>The memory is held by the kernel or by protected processes: look at kernel memory (slab, the Unreclaimable slab info table), drop oom_score_adj -1000 where it is not essential, and give the machine more memory (for a kdump capture kernel: a larger crashkernel=).</source>
        <translation>Der Speicher wird vom Kernel oder von geschützten Prozessen belegt: Prüfen Sie den Kernel-Speicher (Slab, die Tabelle „Unreclaimable slab info“), entfernen Sie oom_score_adj -1000, wo es nicht unbedingt nötig ist, und geben Sie dem Rechner mehr Speicher (für einen kdump-Capture-Kernel: ein größeres crashkernel=).</translation>
    </message>
    <message>
        <source>A NUMA memory policy restricted the allocation to node(s) %1, and they ran out of memory.</source>
        <translation>Eine NUMA-Speicherrichtlinie beschränkte die Allokation auf Knoten %1, und diesen ging der Speicher aus.</translation>
    </message>
    <message>
        <source>The task&apos;s cpuset %1 restricted the allocation to node(s) %2, and they ran out of memory.</source>
        <translation>Das Cpuset %1 des Tasks beschränkte die Allokation auf Knoten %2, und diesen ging der Speicher aus.</translation>
    </message>
    <message>
        <source>Allowed zones: %1.</source>
        <translation>Erlaubte Zonen: %1.</translation>
    </message>
    <message>
        <source>The machine as a whole still had at least %1 free on other nodes.</source>
        <translation>Der Rechner insgesamt hatte auf anderen Knoten noch mindestens %1 frei.</translation>
    </message>
    <message>
        <source>Widen the memory policy (numactl --membind / mbind / set_mempolicy) to more nodes or use a preferred policy, or reduce what the task needs on those nodes.</source>
        <translation>Erweitern Sie die Speicherrichtlinie (numactl --membind / mbind / set_mempolicy) auf mehr Knoten oder verwenden Sie eine preferred-Richtlinie, oder senken Sie den Bedarf des Tasks auf diesen Knoten.</translation>
    </message>
    <message>
        <source>Give the cpuset more memory nodes (cpuset.mems) or move memory-hungry tasks out of it, or reduce what they need on those nodes.</source>
        <translation>Geben Sie dem Cpuset mehr Speicherknoten (cpuset.mems), verschieben Sie speicherhungrige Tasks hinaus oder senken Sie deren Bedarf auf diesen Knoten.</translation>
    </message>
    <message>
        <source>Processes the OOM killer may not touch (oom_score_adj -1000) held %1 of RAM: %2.</source>
        <translation>Prozesse, die der OOM-Killer nicht anrühren darf (oom_score_adj -1000), belegten %1 des RAM: %2.</translation>
    </message>
    <message>
        <source>Give these processes a memory limit, or drop the -1000 protection (OOMScoreAdjust= in the systemd unit, /proc/PID/oom_score_adj) where it is not essential, so their memory is not off limits.</source>
        <translation>Geben Sie diesen Prozessen ein Speicherlimit oder entfernen Sie den Schutz -1000 (OOMScoreAdjust= in der systemd-Unit, /proc/PID/oom_score_adj), wo er nicht unbedingt nötig ist, damit ihr Speicher nicht tabu ist.</translation>
    </message>
    <message>
        <source>The kernel panicked instead of killing a process because vm.panic_on_oom=%1 (%2).</source>
        <translation>Der Kernel löste eine Panic aus, statt einen Prozess zu beenden, weil vm.panic_on_oom=%1 (%2).</translation>
    </message>
    <message>
        <source>compulsory: every OOM panics</source>
        <translation>zwingend: jeder OOM löst eine Panic aus</translation>
    </message>
    <message>
        <source>system-wide OOMs panic</source>
        <translation>systemweite OOMs lösen eine Panic aus</translation>
    </message>
    <message>
        <source>The kernel panicked instead of killing a process because vm.panic_on_oom is set.</source>
        <translation>Der Kernel löste eine Panic aus, statt einen Prozess zu beenden, weil vm.panic_on_oom gesetzt ist.</translation>
    </message>
    <message>
        <source>The OOM itself was a memory cgroup limit, which only panics with panic_on_oom=2.</source>
        <translation>Der OOM selbst war ein Memory-Cgroup-Limit, das nur bei panic_on_oom=2 eine Panic auslöst.</translation>
    </message>
    <message>
        <source>Set vm.panic_on_oom=0 unless a panic (and failover or a kdump vmcore) is really wanted, then fix the memory demand that triggered the OOM; with kdump loaded, the vmcore holds the full memory state.</source>
        <translation>Setzen Sie vm.panic_on_oom=0, sofern eine Panic (und ein Failover oder ein kdump-vmcore) nicht wirklich gewollt ist, und beheben Sie dann den Speicherbedarf, der den OOM ausgelöst hat; mit geladenem kdump enthält das vmcore den vollständigen Speicherzustand.</translation>
    </message>
    <message>
        <source>%1 was killed %2 times on this host so far (pids %3): something keeps starting it again and it keeps running out of memory.</source>
        <translation>%1 wurde auf diesem Host bisher %2-mal beendet (PIDs %3): Etwas startet es immer wieder, und ihm geht immer wieder der Speicher aus.</translation>
    </message>
    <message>
        <source>Restarting will not help: fix the memory need or the memory limit of %1, and check the restart policy of whatever starts it (systemd Restart=, a container&apos;s restart policy, a parent process).</source>
        <translation>Neustarten hilft nicht: Beheben Sie den Speicherbedarf oder das Speicherlimit von %1 und prüfen Sie die Neustart-Richtlinie dessen, was es startet (systemd Restart=, die Restart-Policy eines Containers, ein Elternprozess).</translation>
    </message>
    <message>
        <source>Unreclaimable kernel slab held %1, %2 of RAM.</source>
        <translation>Nicht zurückgewinnbarer Kernel-Slab belegte %1, %2 des RAM.</translation>
    </message>
    <message>
        <source>Largest caches: %1.</source>
        <translation>Größte Caches: %1.</translation>
    </message>
    <message>
        <source>Kernel memory that cannot be reclaimed grew large: suspect a kernel or driver leak (or a debug feature such as kmemleak); watch slabtop or /proc/slabinfo for the growing cache and update or report the module behind it.</source>
        <translation>Nicht zurückgewinnbarer Kernel-Speicher wuchs stark an: Vermuten Sie ein Leck im Kernel oder in einem Treiber (oder eine Debug-Funktion wie kmemleak); beobachten Sie in slabtop oder /proc/slabinfo den wachsenden Cache und aktualisieren oder melden Sie das Modul dahinter.</translation>
    </message>
    <message>
        <source>The machine had no swap, so every anonymous page had to stay in RAM.</source>
        <translation>Der Rechner hatte keinen Swap, daher musste jede anonyme Seite im RAM bleiben.</translation>
    </message>
    <message>
        <source>Consider some swap or zram so that rarely used anonymous memory can leave RAM, or size RAM for the whole anonymous working set.</source>
        <translation>Erwägen Sie etwas Swap oder zram, damit selten genutzter anonymer Speicher den RAM verlassen kann, oder bemessen Sie den RAM für das gesamte anonyme Working Set.</translation>
    </message>
    <message>
        <source>Swap was exhausted: %1 free of %2.</source>
        <translation>Swap war erschöpft: %1 von %2 frei.</translation>
    </message>
    <message>
        <source>RAM and swap together were too small for the anonymous memory in use: add memory or swap, or limit the largest consumer.</source>
        <translation>RAM und Swap zusammen waren zu klein für den genutzten anonymen Speicher: Fügen Sie Speicher oder Swap hinzu oder begrenzen Sie den größten Verbraucher.</translation>
    </message>
    <message>
        <source>The kill was triggered by hand (sysrq-f), but the machine was short of memory anyway.</source>
        <translation>Der Kill wurde von Hand ausgelöst (sysrq-f), aber dem Rechner fehlte ohnehin Speicher.</translation>
    </message>
    <message>
        <source>Zones this kind of allocation may not use still had memory (%1).</source>
        <translation>Zonen, die diese Art von Allokation nicht nutzen darf, hatten noch Speicher (%1).</translation>
    </message>
</context>
<context>
    <name>oomlens::ui</name>
    <message>
        <source>invoker line</source>
        <translation>Auslöserzeile</translation>
    </message>
    <message>
        <source>CPU/PID line</source>
        <translation>CPU/PID-Zeile</translation>
    </message>
    <message>
        <source>Mem-Info summary</source>
        <translation>Mem-Info-Übersicht</translation>
    </message>
    <message>
        <source>zone watermarks</source>
        <translation>Zonen-Watermarks</translation>
    </message>
    <message>
        <source>buddy lines</source>
        <translation>Buddy-Zeilen</translation>
    </message>
    <message>
        <source>task table</source>
        <translation>Task-Tabelle</translation>
    </message>
    <message>
        <source>oom-kill summary</source>
        <translation>oom-kill-Zusammenfassung</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>kill line</source>
        <translation>Kill-Zeile</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Partial report.</source>
        <translation>Unvollständiger Bericht.</translation>
    </message>
    <message>
        <source>Partial report, missing: %1.</source>
        <translation>Unvollständiger Bericht, es fehlt: %1.</translation>
    </message>
    <message>
        <source>Lines were left out (&quot;...&quot; in the log).</source>
        <translation>Zeilen wurden ausgelassen („...“ im Log).</translation>
    </message>
    <message>
        <source>The kernel dropped messages (ring buffer overrun).</source>
        <translation>Der Kernel hat Meldungen verworfen (Ringpuffer-Überlauf).</translation>
    </message>
    <message numerus="yes">
        <source>%n identical copy(ies) of this report were merged.</source>
        <translation>
            <numerusform>%n identische Kopie dieses Berichts wurde zusammengeführt.</numerusform>
            <numerusform>%n identische Kopien dieses Berichts wurden zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No diagnosis rules were available; this only restates what the report says.</source>
        <translation>Es standen keine Diagnoseregeln zur Verfügung; dies gibt nur wieder, was der Bericht sagt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Invoker</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>Memory freed</source>
        <translation>Freigegebener Speicher</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Limit hit in</source>
        <translation>Limit erreicht in</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup</source>
        <translation>Cgroup des Opfers</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>No remedy can be given from this report.</source>
        <translation>Aus diesem Bericht lässt sich keine Abhilfe ableiten.</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Außerdem gefunden</translation>
    </message>
    <message>
        <source>ordinary kernel allocation: may sleep, reclaim, do IO and filesystem work</source>
        <translation>gewöhnliche Kernel-Allokation: darf schlafen, Reclaim, IO und Dateisystemarbeit ausführen</translation>
    </message>
    <message>
        <source>kernel allocation charged to the task&apos;s memory cgroup</source>
        <translation>Kernel-Allokation, die der Memory-Cgroup des Tasks angerechnet wird</translation>
    </message>
    <message>
        <source>charged to the task&apos;s memory cgroup: kernel memory can trigger a cgroup OOM</source>
        <translation>wird der Memory-Cgroup des Tasks angerechnet: Kernel-Speicher kann einen Cgroup-OOM auslösen</translation>
    </message>
    <message>
        <source>user-space page</source>
        <translation>User-Space-Seite</translation>
    </message>
    <message>
        <source>user-space page, may use HighMem on 32-bit</source>
        <translation>User-Space-Seite, darf auf 32-Bit HighMem nutzen</translation>
    </message>
    <message>
        <source>user-space page (anonymous memory or page cache), movable: may use the Movable zone and CMA</source>
        <translation>User-Space-Seite (anonymer Speicher oder Page Cache), verschiebbar: darf die Movable-Zone und CMA nutzen</translation>
    </message>
    <message>
        <source>transparent huge page (order 9 on x86)</source>
        <translation>Transparent Huge Page (Order 9 auf x86)</translation>
    </message>
    <message>
        <source>transparent huge page, light reclaim</source>
        <translation>Transparent Huge Page, leichter Reclaim</translation>
    </message>
    <message>
        <source>must not recurse into the filesystem: the global OOM killer is skipped on modern kernels</source>
        <translation>darf nicht ins Dateisystem zurückrufen: Der globale OOM-Killer wird bei neueren Kerneln übersprungen</translation>
    </message>
    <message>
        <source>must not start IO</source>
        <translation>darf keine IO starten</translation>
    </message>
    <message>
        <source>cannot sleep or reclaim: fails instead of calling the OOM killer</source>
        <translation>kann weder schlafen noch Reclaim ausführen: schlägt fehl, statt den OOM-Killer aufzurufen</translation>
    </message>
    <message>
        <source>cannot sleep: fails instead of calling the OOM killer</source>
        <translation>kann nicht schlafen: schlägt fehl, statt den OOM-Killer aufzurufen</translation>
    </message>
    <message>
        <source>must come from the DMA zone</source>
        <translation>muss aus der DMA-Zone stammen</translation>
    </message>
    <message>
        <source>must come from the DMA32 zone</source>
        <translation>muss aus der DMA32-Zone stammen</translation>
    </message>
    <message>
        <source>compound (multi-page) allocation, e.g. slab or a large folio</source>
        <translation>Compound-Allokation (mehrere Seiten), z. B. Slab oder eine große Folio</translation>
    </message>
    <message>
        <source>zeroed page</source>
        <translation>genullte Seite</translation>
    </message>
    <message>
        <source>gives up early, never calls the OOM killer</source>
        <translation>gibt früh auf, ruft nie den OOM-Killer auf</translation>
    </message>
    <message>
        <source>retries hard but may fail, never calls the OOM killer</source>
        <translation>versucht es hartnäckig, darf aber fehlschlagen, ruft nie den OOM-Killer auf</translation>
    </message>
    <message>
        <source>retries hard (older name of __GFP_RETRY_MAYFAIL)</source>
        <translation>versucht es hartnäckig (älterer Name von __GFP_RETRY_MAYFAIL)</translation>
    </message>
    <message>
        <source>must not fail: the allocator loops</source>
        <translation>darf nicht fehlschlagen: Der Allocator versucht es endlos</translation>
    </message>
    <message>
        <source>no page allocation failure warning</source>
        <translation>keine Warnung „page allocation failure“</translation>
    </message>
    <message>
        <source>reclaimable slab</source>
        <translation>zurückgewinnbarer Slab</translation>
    </message>
    <message>
        <source>zone selector: DMA only</source>
        <translation>Zonenwahl: nur DMA</translation>
    </message>
    <message>
        <source>zone selector: DMA32 or below</source>
        <translation>Zonenwahl: DMA32 oder darunter</translation>
    </message>
    <message>
        <source>zone selector: may use HighMem</source>
        <translation>Zonenwahl: darf HighMem nutzen</translation>
    </message>
    <message>
        <source>zone selector: may use the Movable zone and CMA</source>
        <translation>Zonenwahl: darf die Movable-Zone und CMA nutzen</translation>
    </message>
    <message>
        <source>only the preferred NUMA node</source>
        <translation>nur der bevorzugte NUMA-Knoten</translation>
    </message>
    <message>
        <source>cpuset limits enforced strictly</source>
        <translation>Cpuset-Grenzen werden strikt durchgesetzt</translation>
    </message>
    <message>
        <source>high priority: may dip into reserves</source>
        <translation>hohe Priorität: darf Reserven anbrechen</translation>
    </message>
    <message>
        <source>may use all memory reserves</source>
        <translation>darf alle Speicherreserven nutzen</translation>
    </message>
    <message>
        <source>may start IO (part of GFP_KERNEL)</source>
        <translation>darf IO starten (Teil von GFP_KERNEL)</translation>
    </message>
    <message>
        <source>may call into the filesystem (part of GFP_KERNEL)</source>
        <translation>darf ins Dateisystem aufrufen (Teil von GFP_KERNEL)</translation>
    </message>
    <message>
        <source>may reclaim directly (part of GFP_KERNEL)</source>
        <translation>darf direkt zurückgewinnen (Teil von GFP_KERNEL)</translation>
    </message>
    <message>
        <source>may wake kswapd (part of GFP_KERNEL)</source>
        <translation>darf kswapd wecken (Teil von GFP_KERNEL)</translation>
    </message>
    <message>
        <source>page will be written to (dirty page balancing)</source>
        <translation>Seite wird beschrieben (Dirty-Page-Balancing)</translation>
    </message>
    <message>
        <source>cache-cold page (removed in 4.15)</source>
        <translation>cache-kalte Seite (in 4.15 entfernt)</translation>
    </message>
    <message>
        <source>not tracked by kmemcheck</source>
        <translation>nicht von kmemcheck verfolgt</translation>
    </message>
    <message>
        <source>must not use memory reserves</source>
        <translation>darf keine Speicherreserven nutzen</translation>
    </message>
    <message>
        <source>skips KASAN poisoning</source>
        <translation>überspringt KASAN-Poisoning</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>%1 (value typical of %2 kernels; the report printed no flag names)</source>
        <translation>%1 (Wert typisch für %2-Kernel; der Bericht gab keine Flag-Namen aus)</translation>
    </message>
    <message>
        <source>further flags the report did not name</source>
        <translation>weitere Flags, die der Bericht nicht nannte</translation>
    </message>
    <message>
        <source>The whole machine ran out of memory.</source>
        <translation>Dem ganzen Rechner ging der Speicher aus.</translation>
    </message>
    <message>
        <source>A memory cgroup reached its limit.</source>
        <translation>Eine Memory-Cgroup erreichte ihr Limit.</translation>
    </message>
    <message>
        <source>The allowed NUMA nodes ran out of memory.</source>
        <translation>Den erlaubten NUMA-Knoten ging der Speicher aus.</translation>
    </message>
    <message>
        <source>The report does not show enough to tell why.</source>
        <translation>Der Bericht zeigt nicht genug, um den Grund zu erkennen.</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>cgroup limit</source>
        <translation>Cgroup-Limit</translation>
    </message>
    <message>
        <source>parent cgroup limit</source>
        <translation>Limit der Eltern-Cgroup</translation>
    </message>
    <message>
        <source>machine out of memory</source>
        <translation>Rechner ohne Speicher</translation>
    </message>
    <message>
        <source>NUMA constraint</source>
        <translation>NUMA-Beschränkung</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>Fragmentierung</translation>
    </message>
    <message>
        <source>nothing killable</source>
        <translation>nichts beendbar</translation>
    </message>
    <message>
        <source>panic on OOM</source>
        <translation>Panic bei OOM</translation>
    </message>
    <message>
        <source>allocation failure, no kill</source>
        <translation>Allokationsfehler, kein Kill</translation>
    </message>
    <message>
        <source>An allocation failed without the OOM killer running (a page allocation failure warning, not an OOM kill).</source>
        <translation>Eine Allokation schlug fehl, ohne dass der OOM-Killer lief (eine Warnung „page allocation failure“, kein OOM-Kill).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>unreadable input</source>
        <translation>unlesbare Eingabe</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>the file got shorter while it was read (truncated or rotated?): stopped after %1 bytes</source>
        <translation>die Datei wurde beim Lesen kürzer (gekürzt oder rotiert?): nach %1 Bytes abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 were cut</source>
        <translation>
            <numerusform>%n Zeile länger als %1 wurde abgeschnitten</numerusform>
            <numerusform>%n Zeilen länger als %1 wurden abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/v</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No OOM kill in this window.</source>
        <translation>Kein OOM-Kill in diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>OOM kills:</source>
        <translation>OOM-Kills:</translation>
    </message>
    <message>
        <source>Zone watermarks and buddy counts are not collected for this host. node_exporter has these collectors off by default; start it with &lt;code&gt;%1&lt;/code&gt; (on Debian: add them to ARGS in /etc/default/prometheus-node-exporter).</source>
        <translation>Zonen-Watermarks und Buddy-Zahlen werden für diesen Host nicht erfasst. node_exporter hat diese Collectors standardmäßig ausgeschaltet; starten Sie ihn mit &lt;code&gt;%1&lt;/code&gt; (unter Debian: in ARGS in /etc/default/prometheus-node-exporter eintragen).</translation>
    </message>
    <message>
        <source>Zones at %1 (pages)</source>
        <translation>Zonen um %1 (Seiten)</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
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
        <translation>verwaltet</translation>
    </message>
    <message>
        <source>Free blocks per order at %1 (buddyinfo)</source>
        <translation>Freie Blöcke je Order um %1 (buddyinfo)</translation>
    </message>
    <message>
        <source>Partial answer: %1</source>
        <translation>Unvollständige Antwort: %1</translation>
    </message>
    <message>
        <source>Containers with OOM kills</source>
        <translation>Container mit OOM-Kills</translation>
    </message>
    <message>
        <source>namespace/pod/container</source>
        <translation>Namespace/Pod/Container</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>OOM events (cAdvisor)</source>
        <translation>OOM-Ereignisse (cAdvisor)</translation>
    </message>
    <message>
        <source>restarts, last reason OOMKilled</source>
        <translation>Neustarts, letzter Grund OOMKilled</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::BuddyHeatmap</name>
    <message>
        <source>free blocks</source>
        <translation>freie Blöcke</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation>%1, logarithmisch</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <source>%1 per block, %2 in total</source>
        <translation>%1 pro Block, %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::BuddyPanel</name>
    <message>
        <source>request order</source>
        <translation>Anforderungs-Order</translation>
    </message>
    <message>
        <source>Share of a zone&apos;s free memory that sits in blocks too small for a request of each order (the kernel&apos;s unusable free space index, mm/vmstat.c unusable_free_index()). 100 % = no free block of that order or larger.</source>
        <translation>Anteil des freien Speichers einer Zone, der in Blöcken liegt, die für eine Anforderung der jeweiligen Order zu klein sind (der Unusable-Free-Space-Index des Kernels, mm/vmstat.c unusable_free_index()). 100 % = kein freier Block dieser oder höherer Order.</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Free blocks per order, now (buddyinfo)</source>
        <translation>Freie Blöcke pro Order, jetzt (buddyinfo)</translation>
    </message>
    <message>
        <source>Unusable free memory per request order</source>
        <translation>Unbrauchbarer freier Speicher pro Anforderungs-Order</translation>
    </message>
    <message>
        <source>Free blocks over time are recorded while watching a live host.</source>
        <translation>Freie Blöcke im Zeitverlauf werden aufgezeichnet, während ein Live-Host beobachtet wird.</translation>
    </message>
    <message>
        <source>Chosen zone over time (order x time)</source>
        <translation>Gewählte Zone im Zeitverlauf (Order × Zeit)</translation>
    </message>
    <message>
        <source>Chosen zone per migrate type (pagetypeinfo)</source>
        <translation>Gewählte Zone pro Migrate-Type (pagetypeinfo)</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>Knoten %1 %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>/proc/pagetypeinfo could not be read (%1). Since Linux 5.4 it is readable by root only: run OOM Lens as root to see free blocks per migrate type.</source>
        <translation>/proc/pagetypeinfo konnte nicht gelesen werden (%1). Seit Linux 5.4 ist es nur für root lesbar: Starten Sie OOM Lens als root, um freie Blöcke pro Migrate-Type zu sehen.</translation>
    </message>
    <message>
        <source>No /proc/buddyinfo in this source.</source>
        <translation>Keine /proc/buddyinfo in dieser Quelle.</translation>
    </message>
    <message>
        <source>Chosen zone per migrate type (pagetypeinfo, read every 5th sample)</source>
        <translation>Gewählte Zone pro Migrate-Type (pagetypeinfo, bei jeder 5. Messung gelesen)</translation>
    </message>
    <message>
        <source>No /proc/pagetypeinfo in this source. It is readable by root only (Linux 5.4+), so a capture made without root does not contain it.</source>
        <translation>Keine /proc/pagetypeinfo in dieser Quelle. Sie ist nur für root lesbar (Linux 5.4+), daher enthält eine ohne root erstellte Aufnahme sie nicht.</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::CgroupProcessPanel</name>
    <message>
        <source>Filter by pid, name or command line</source>
        <translation>Nach PID, Name oder Kommandozeile filtern</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Alle Prozesse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory cgroups&lt;/b&gt; (select one to filter the processes)</source>
        <translation>&lt;b&gt;Memory-Cgroups&lt;/b&gt; (eine auswählen, um die Prozesse zu filtern)</translation>
    </message>
    <message>
        <source>All processes, ranked host-wide</source>
        <translation>Alle Prozesse, hostweit gereiht</translation>
    </message>
    <message>
        <source>Processes in %1 and below; &quot;Rank in&quot; = order of a memcg OOM there</source>
        <translation>Prozesse in %1 und darunter; „Rang in“ = Reihenfolge bei einem memcg-OOM dort</translation>
    </message>
    <message>
        <source>%1 of %2 processes shown</source>
        <translation>%1 von %2 Prozessen angezeigt</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::CgroupTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1 (cgroup %2)</source>
        <translation>%1 (Cgroup %2)</translation>
    </message>
    <message>
        <source>Own limit: %1; an ancestor&apos;s limit is tighter</source>
        <translation>Eigenes Limit: %1; das Limit eines Vorfahren ist enger</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Usage / limit</source>
        <translation>Nutzung / Limit</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
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
        <translation>OOM-Kills</translation>
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
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>memory.current (v2) or memory.usage_in_bytes (v1) against the effective limit</source>
        <translation>memory.current (v2) bzw. memory.usage_in_bytes (v1) im Verhältnis zum wirksamen Limit</translation>
    </message>
    <message>
        <source>The tightest hard limit of this cgroup and its ancestors (memory.max / memory.limit_in_bytes)</source>
        <translation>Das engste harte Limit dieser Cgroup und ihrer Vorfahren (memory.max / memory.limit_in_bytes)</translation>
    </message>
    <message>
        <source>memory.high: reclaim/throttle threshold (v2 only)</source>
        <translation>memory.high: Schwelle für Reclaim/Drosselung (nur v2)</translation>
    </message>
    <message>
        <source>v2 memory.events oom (times the limit was hit and reclaim failed); v1 memory.oom_control under_oom</source>
        <translation>v2 memory.events oom (wie oft das Limit erreicht wurde und Reclaim scheiterte); v1 memory.oom_control under_oom</translation>
    </message>
    <message>
        <source>OOM kills charged to this cgroup (v2 memory.events oom_kill, includes descendants; v1 memory.oom_control oom_kill)</source>
        <translation>Dieser Cgroup angerechnete OOM-Kills (v2 memory.events oom_kill, inklusive Nachfahren; v1 memory.oom_control oom_kill)</translation>
    </message>
    <message>
        <source>v1 memory.failcnt (charges that hit the limit); v2 memory.events max</source>
        <translation>v1 memory.failcnt (Anrechnungen, die das Limit erreichten); v2 memory.events max</translation>
    </message>
    <message>
        <source>memory.pressure some avg10 (v2 only)</source>
        <translation>memory.pressure some avg10 (nur v2)</translation>
    </message>
    <message>
        <source>memory.pressure full avg10 (v2 only)</source>
        <translation>memory.pressure full avg10 (nur v2)</translation>
    </message>
    <message>
        <source>Processes in this cgroup itself (cgroup.procs)</source>
        <translation>Prozesse direkt in dieser Cgroup (cgroup.procs)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ChartRenderer</name>
    <message>
        <source>Node %1: free memory against the watermarks (relative to each zone&apos;s high)</source>
        <translation>Knoten %1: freier Speicher im Vergleich zu den Watermarks (relativ zum high-Wert jeder Zone)</translation>
    </message>
    <message>
        <source>Free memory against the watermarks (relative to each zone&apos;s high)</source>
        <translation>Freier Speicher im Vergleich zu den Watermarks (relativ zum high-Wert jeder Zone)</translation>
    </message>
    <message>
        <source>Free blocks per order (log colour scale); requested order %1 framed</source>
        <translation>Freie Blöcke pro Order (logarithmische Farbskala); angeforderte Order %1 umrahmt</translation>
    </message>
    <message>
        <source>Free blocks per order (log colour scale)</source>
        <translation>Freie Blöcke pro Order (logarithmische Farbskala)</translation>
    </message>
    <message>
        <source>All events by host, coloured by cause</source>
        <translation>Alle Ereignisse nach Host, nach Ursache eingefärbt</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ConnectionDialog</name>
    <message>
        <source>Prometheus Connection</source>
        <translation>Prometheus-Verbindung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>only for Mimir or Cortex (X-Scope-OrgID)</source>
        <translation>nur für Mimir oder Cortex (X-Scope-OrgID)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Scrape &amp;interval:</source>
        <translation>Scrape-&amp;Intervall:</translation>
    </message>
    <message>
        <source>The password or token is kept in the system&apos;s secret store, never in the settings file.</source>
        <translation>Passwort oder Token werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
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
        <translation>Wählen Sie ein Ereignis, um zu sehen, warum es geschah.</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventDetailWidget</name>
    <message>
        <source>Watermarks</source>
        <translation>Watermarks</translation>
    </message>
    <message>
        <source>Buddy allocator</source>
        <translation>Buddy-Allocator</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>Memory-Cgroup</translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation>Rohbericht</translation>
    </message>
    <message>
        <source>This report has no buddy (free area) lines.</source>
        <translation>Dieser Bericht enthält keine Buddy-Zeilen (Free Area).</translation>
    </message>
    <message numerus="yes">
        <source>Free blocks per order. The request was order %1 (%n page(s)); it is framed. Crossed cells at or above it are orders with no free block at all.</source>
        <translation>
            <numerusform>Freie Blöcke pro Order. Die Anforderung hatte Order %1 (%n Seite); sie ist umrahmt. Durchgestrichene Zellen ab dieser Order haben gar keinen freien Block.</numerusform>
            <numerusform>Freie Blöcke pro Order. Die Anforderung hatte Order %1 (%n Seiten); sie ist umrahmt. Durchgestrichene Zellen ab dieser Order haben gar keinen freien Block.</numerusform>
        </translation>
    </message>
    <message>
        <source>Free blocks per order. The requested order is unknown, so none is marked.</source>
        <translation>Freie Blöcke pro Order. Die angeforderte Order ist unbekannt, daher ist keine markiert.</translation>
    </message>
    <message>
        <source>The report has no task table (cut, or printed with vm.oom_dump_tasks=0).</source>
        <translation>Der Bericht hat keine Task-Tabelle (abgeschnitten oder mit vm.oom_dump_tasks=0 ausgegeben).</translation>
    </message>
    <message>
        <source>The task table is empty: there was no process the OOM killer could choose.</source>
        <translation>Die Task-Tabelle ist leer: Es gab keinen Prozess, den der OOM-Killer wählen konnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s). The victim is shown in bold on red; blue rows have oom_score_adj -1000 and are never chosen.</source>
        <translation>
            <numerusform>%n Task. Das Opfer ist fett auf Rot dargestellt; blaue Zeilen haben oom_score_adj -1000 und werden nie gewählt.</numerusform>
            <numerusform>%n Tasks. Das Opfer ist fett auf Rot dargestellt; blaue Zeilen haben oom_score_adj -1000 und werden nie gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Kein Ereignis ausgewählt.</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventListModel</name>
    <message>
        <source>Partial report: %1 missing</source>
        <translation>Unvollständiger Bericht: %1 fehlt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Invoker</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Memory freed</source>
        <translation>Freigegebener Speicher</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Wall-clock time from the log prefix, else the kernel&apos;s uptime stamp</source>
        <translation>Uhrzeit aus dem Log-Präfix, sonst der Uptime-Zeitstempel des Kernels</translation>
    </message>
    <message>
        <source>Host name from the syslog or journal prefix</source>
        <translation>Hostname aus dem Syslog- oder Journal-Präfix</translation>
    </message>
    <message>
        <source>The task whose allocation started the OOM killer (often not the victim)</source>
        <translation>Der Task, dessen Allokation den OOM-Killer auslöste (oft nicht das Opfer)</translation>
    </message>
    <message>
        <source>The process the kernel killed</source>
        <translation>Der Prozess, den der Kernel beendet hat</translation>
    </message>
    <message>
        <source>The victim&apos;s memory cgroup</source>
        <translation>Die Memory-Cgroup des Opfers</translation>
    </message>
    <message>
        <source>The victim&apos;s anon + file + shmem RSS at the kill, from the &quot;Killed process&quot; line</source>
        <translation>Anon- + File- + Shmem-RSS des Opfers beim Kill, aus der Zeile „Killed process“</translation>
    </message>
    <message>
        <source>Why the kernel ran out of memory, from the diagnosis rules</source>
        <translation>Warum dem Kernel der Speicher ausging, laut den Diagnoseregeln</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::EventTimeline</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;victim: %3&lt;br&gt;cause: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Opfer: %3&lt;br&gt;Ursache: %4</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>seconds since boot</source>
        <translation>Sekunden seit dem Booten</translation>
    </message>
    <message>
        <source>event number (the log has no usable time stamps)</source>
        <translation>Ereignisnummer (das Log hat keine verwertbaren Zeitstempel)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::FleetWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>no saved connection</source>
        <translation>keine gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>last 6 hours</source>
        <translation>letzte 6 Stunden</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>label=value, … (job, instance, cluster, namespace)</source>
        <translation>Label=Wert, … (job, instance, cluster, namespace)</translation>
    </message>
    <message>
        <source>The label that names a host at your site</source>
        <translation>Das Label, das bei Ihnen einen Host benennt</translation>
    </message>
    <message>
        <source>Host label:</source>
        <translation>Host-Label:</translation>
    </message>
    <message>
        <source>Click a kill in the strip to see that host around that time.</source>
        <translation>Klicken Sie auf einen Kill im Streifen, um diesen Host um diese Zeit zu sehen.</translation>
    </message>
    <message>
        <source>Connect to the Prometheus that scrapes your hosts&apos; node_exporter.</source>
        <translation>Verbinden Sie sich mit dem Prometheus, der den node_exporter Ihrer Hosts abfragt.</translation>
    </message>
    <message>
        <source>The password or token is kept for this session only: the secret store said: %1</source>
        <translation>Passwort oder Token gelten nur für diese Sitzung; der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>The secret store did not give the password or token: %1</source>
        <translation>Der Schlüsselbund lieferte Passwort oder Token nicht: %1</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1 ab…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Prometheus is unreachable</source>
        <translation>Prometheus ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Prometheus did not answer in time</source>
        <translation>Prometheus hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Prometheus refused the credentials (HTTP %1)</source>
        <translation>Prometheus hat die Zugangsdaten abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1</source>
        <translation>Prometheus antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>Prometheus rejected the query</source>
        <translation>Prometheus hat die Abfrage abgelehnt</translation>
    </message>
    <message>
        <source>The answer is not Prometheus&apos; query API</source>
        <translation>Die Antwort stammt nicht von der Prometheus-Abfrage-API</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OOM kill(s)</source>
        <translation>
            <numerusform>%n OOM-Kill</numerusform>
            <numerusform>%n OOM-Kills</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 min</source>
        <translation>Schritt %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) with OOM kills</source>
        <translation>
            <numerusform>%n Container mit OOM-Kills</numerusform>
            <numerusform>%n Container mit OOM-Kills</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial answer: %1</source>
        <translation>Unvollständige Antwort: %1</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>Reading %1 around %2…</source>
        <translation>Lese %1 um %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kill(s) in the window</source>
        <translation>
            <numerusform>%1: %n Kill im Zeitfenster</numerusform>
            <numerusform>%1: %n Kills im Zeitfenster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oomlens::ui::HostViews</name>
    <message>
        <source>Cgroups &amp;&amp; processes</source>
        <translation>Cgroups &amp;&amp; Prozesse</translation>
    </message>
    <message>
        <source>Watermarks</source>
        <translation>Watermarks</translation>
    </message>
    <message>
        <source>Buddy allocator</source>
        <translation>Buddy-Allocator</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::LiveHostWidget</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live:&lt;/b&gt; %1 · Linux %2</source>
        <translation>&lt;b&gt;Live:&lt;/b&gt; %1 · Linux %2</translation>
    </message>
    <message>
        <source>kernel log watched</source>
        <translation>Kernel-Log wird beobachtet</translation>
    </message>
    <message>
        <source>kernel log not readable (%1): OOM kills are detected from counters only</source>
        <translation>Kernel-Log nicht lesbar (%1): OOM-Kills werden nur über Zähler erkannt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 · last read %2 ms · history %3 samples (%4) · %5</source>
        <translation>%1 · letzter Lesevorgang %2 ms · Verlauf %3 Messungen (%4) · %5</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>OOM kill at %1: killed %2 (pid %3)</source>
        <translation>OOM-Kill um %1: %2 beendet (PID %3)</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>einen Prozess</translation>
    </message>
    <message>
        <source> in cgroup %1</source>
        <translation> in Cgroup %1</translation>
    </message>
    <message>
        <source> (limit of %1)</source>
        <translation> (Limit von %1)</translation>
    </message>
    <message>
        <source>OOM kill at %1</source>
        <translation>OOM-Kill um %1</translation>
    </message>
    <message>
        <source>%1 OOM kills at %2</source>
        <translation>%1 OOM-Kills um %2</translation>
    </message>
    <message>
        <source>. The kernel log is not readable, so the victim is unknown (run as root to see it).</source>
        <translation>. Das Kernel-Log ist nicht lesbar, daher ist das Opfer unbekannt (als root starten, um es zu sehen).</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM-Kill</translation>
    </message>
    <message>
        <source>Time from the start of one sample to the start of the next. Processes and pagetypeinfo are read every %1th sample.</source>
        <translation>Zeit vom Beginn einer Messung bis zum Beginn der nächsten. Prozesse und pagetypeinfo werden bei jeder %1. Messung gelesen.</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading; the events found so far are discarded.</source>
        <translation>Lesen abbrechen; die bisher gefundenen Ereignisse werden verworfen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
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
        <translation>Öffnen Sie ein Kernel-Log (dmesg, journalctl -k, /var/log/messages, vmcore-dmesg.txt, komprimiert oder nicht), um jedes OOM-Ereignis darin zu sehen, warum es geschah und was dagegen zu tun ist.

Sie können Dateien auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Open a Log…</source>
        <translation>Log öffnen…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open kernel logs or a snapshot</source>
        <translation>Kernel-Logs oder einen Snapshot öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Event as &amp;HTML…</source>
        <translation>Ereignis als &amp;HTML…</translation>
    </message>
    <message>
        <source>Event as &amp;PDF…</source>
        <translation>Ereignis als &amp;PDF…</translation>
    </message>
    <message>
        <source>All Events as H&amp;TML…</source>
        <translation>Alle Ereignisse als H&amp;TML…</translation>
    </message>
    <message>
        <source>All Events as P&amp;DF…</source>
        <translation>Alle Ereignisse als P&amp;DF…</translation>
    </message>
    <message>
        <source>Event &amp;Charts as PNG…</source>
        <translation>Ereignis&amp;grafiken als PNG…</translation>
    </message>
    <message>
        <source>&amp;Copy Event as Text</source>
        <translation>Ereignis als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of the selected event, for a ticket</source>
        <translation>Eine Textzusammenfassung des gewählten Ereignisses kopieren, etwa für ein Ticket</translation>
    </message>
    <message>
        <source>&amp;Live Host</source>
        <translation>&amp;Live-Host</translation>
    </message>
    <message>
        <source>&amp;Post-Mortem</source>
        <translation>&amp;Post-Mortem</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>&amp;About OOM Lens</source>
        <translation>Ü&amp;ber OOM Lens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>Die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not readable (permission denied)</source>
        <translation>%1: nicht lesbar (keine Berechtigung)</translation>
    </message>
    <message>
        <source>Some files could not be opened.</source>
        <translation>Einige Dateien konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open Kernel Logs</source>
        <translation>Kernel-Logs öffnen</translation>
    </message>
    <message>
        <source>About OOM Lens</source>
        <translation>Über OOM Lens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OOM Lens %1&lt;/h3&gt;&lt;p&gt;Explore the memory state of Linux hosts and the history of their OOM kills: what happened, why, and what to do about it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OOM Lens %1&lt;/h3&gt;&lt;p&gt;Untersuchen Sie den Speicherzustand von Linux-Hosts und die Geschichte ihrer OOM-Kills: was geschah, warum und was dagegen zu tun ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>No OOM event was found in %n line(s).</source>
        <translation>
            <numerusform>In %n Zeile wurde kein OOM-Ereignis gefunden.</numerusform>
            <numerusform>In %n Zeilen wurde kein OOM-Ereignis gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines could not be understood; the events below may be partial.</source>
        <translation>Einige Zeilen waren unverständlich; die Ereignisse unten sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1 – OOM Lens</source>
        <translation>%1 – OOM Lens</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM event(s)</source>
        <translation>
            <numerusform>%n OOM-Ereignis</numerusform>
            <numerusform>%n OOM-Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save Charts Into</source>
        <translation>Diagramme speichern in</translation>
    </message>
    <message>
        <source>The charts could not be written.</source>
        <translation>Die Diagramme konnten nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) into %1</source>
        <translation>
            <numerusform>%n Bild in %1 geschrieben</numerusform>
            <numerusform>%n Bilder in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Event copied to the clipboard.</source>
        <translation>Ereignis in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Reading snapshot %1…</source>
        <translation>Snapshot %1 wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>Kernel logs and snapshots (*.log *.txt *.gz *.xz *.zst *.bz2 *.tar *.tgz messages* syslog* kern* dmesg*);;All files (*)</source>
        <translation>Kernel-Logs und Snapshots (*.log *.txt *.gz *.xz *.zst *.bz2 *.tar *.tgz messages* syslog* kern* dmesg*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The snapshot could not be opened.</source>
        <translation>Der Snapshot konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>F&amp;lotte</translation>
    </message>
    <message>
        <source>OOM kills across your hosts, from Prometheus</source>
        <translation>OOM-Kills über alle Ihre Hosts, aus Prometheus</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MemcgPanel</name>
    <message>
        <source>Limit hit in: %1</source>
        <translation>Limit erreicht in: %1</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup: %1</source>
        <translation>Cgroup des Opfers: %1</translation>
    </message>
    <message>
        <source>The limit of an ancestor cgroup was reached, not the victim&apos;s own.</source>
        <translation>Das Limit einer übergeordneten Cgroup wurde erreicht, nicht das eigene des Opfers.</translation>
    </message>
    <message>
        <source>memory.oom.group is set on %1: all its tasks were killed together.</source>
        <translation>memory.oom.group ist auf %1 gesetzt: Alle seine Tasks wurden zusammen beendet.</translation>
    </message>
    <message>
        <source>%1: usage %2, limit %3, failcnt %4</source>
        <translation>%1: Nutzung %2, Limit %3, failcnt %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The report prints no usage/limit counters.</source>
        <translation>Der Bericht gibt keine Nutzungs-/Limit-Zähler aus.</translation>
    </message>
    <message>
        <source>Statistics of %1:</source>
        <translation>Statistik von %1:</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MemcgStatsModel</name>
    <message>
        <source>Line %1; raw value %2</source>
        <translation>Zeile %1; Rohwert %2</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oomlens::ui::OomScoreAdjDialog</name>
    <message>
        <source>Change OOM kill priority</source>
        <translation>OOM-Kill-Priorität ändern</translation>
    </message>
    <message>
        <source>Process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>oom_score_adj: %1 → %2</source>
        <translation>oom_score_adj: %1 → %2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing changes: the value is already %1.</source>
        <translation>Keine Änderung: Der Wert ist bereits %1.</translation>
    </message>
    <message>
        <source>The OOM killer will never choose this process: -1000 exempts it.</source>
        <translation>Der OOM-Killer wird diesen Prozess nie wählen: -1000 nimmt ihn aus.</translation>
    </message>
    <message>
        <source>The process is no longer exempt from the OOM killer.</source>
        <translation>Der Prozess ist nicht mehr vom OOM-Killer ausgenommen.</translation>
    </message>
    <message>
        <source>The kernel will be more likely to kill it: its badness grows by %1% of RAM plus swap.</source>
        <translation>Der Kernel wird ihn eher beenden: Seine Badness steigt um %1 % von RAM plus Swap.</translation>
    </message>
    <message>
        <source>The kernel will be less likely to kill it: its badness shrinks by %1% of RAM plus swap.</source>
        <translation>Der Kernel wird ihn seltener beenden: Seine Badness sinkt um %1 % von RAM plus Swap.</translation>
    </message>
    <message>
        <source>It will be chosen first unless another process also has 1000.</source>
        <translation>Er wird zuerst gewählt, es sei denn, ein anderer Prozess hat ebenfalls 1000.</translation>
    </message>
    <message>
        <source>Kill order: position %1 → %2 of %3 (position 1 is chosen first).</source>
        <translation>Kill-Reihenfolge: Position %1 → %2 von %3 (Position 1 wird zuerst gewählt).</translation>
    </message>
    <message>
        <source>New kill order: position %1 of %2 (position 1 is chosen first).</source>
        <translation>Neue Kill-Reihenfolge: Position %1 von %2 (Position 1 wird zuerst gewählt).</translation>
    </message>
    <message>
        <source>The new kill order position is not known.</source>
        <translation>Die neue Position in der Kill-Reihenfolge ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Values below the process&apos;s floor (normally 0) need an administrator: you may be asked for a password.</source>
        <translation>Werte unter der Untergrenze des Prozesses (normalerweise 0) erfordern einen Administrator: Eventuell werden Sie nach einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Done. The kernel now reports oom_score_adj = %1.</source>
        <translation>Erledigt. Der Kernel meldet jetzt oom_score_adj = %1.</translation>
    </message>
    <message>
        <source>Cancelled: the authentication was dismissed. oom_score_adj stays %1.</source>
        <translation>Abgebrochen: Die Authentifizierung wurde verworfen. oom_score_adj bleibt %1.</translation>
    </message>
    <message>
        <source>Not authorised: the system did not allow the change. oom_score_adj stays %1.</source>
        <translation>Nicht berechtigt: Das System hat die Änderung nicht erlaubt. oom_score_adj bleibt %1.</translation>
    </message>
    <message>
        <source>the process has exited.</source>
        <translation>der Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>its process ID now belongs to another process.</source>
        <translation>seine Prozess-ID gehört jetzt einem anderen Prozess.</translation>
    </message>
    <message>
        <source>it is a kernel thread, which the OOM killer never chooses.</source>
        <translation>es ist ein Kernel-Thread, den der OOM-Killer nie wählt.</translation>
    </message>
    <message>
        <source>the kernel refused it (%1): values below the process&apos;s floor need the CAP_SYS_RESOURCE capability.</source>
        <translation>der Kernel hat es abgelehnt (%1): Werte unter der Untergrenze des Prozesses erfordern die Capability CAP_SYS_RESOURCE.</translation>
    </message>
    <message>
        <source>the kernel refused it (%1).</source>
        <translation>der Kernel hat es abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the value must be between -1000 and 1000.</source>
        <translation>der Wert muss zwischen -1000 und 1000 liegen.</translation>
    </message>
    <message>
        <source>the privileged helper is not available (%1).</source>
        <translation>das privilegierte Hilfsprogramm ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>the privileged helper failed (%1).</source>
        <translation>das privilegierte Hilfsprogramm ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>unexpected error (%1).</source>
        <translation>unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <source>oom_score_adj is %1.</source>
        <translation>oom_score_adj ist %1.</translation>
    </message>
    <message>
        <source>oom_score_adj: n/a.</source>
        <translation>oom_score_adj: k. A.</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>Abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>Applying… If asked, authenticate as an administrator.</source>
        <translation>Wird angewendet… Authentifizieren Sie sich bei Nachfrage als Administrator.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::OomScoreAdjEditor</name>
    <message>
        <source>-1000: never kill</source>
        <translation>-1000: nie beenden</translation>
    </message>
    <message>
        <source>-500: much less likely</source>
        <translation>-500: viel unwahrscheinlicher</translation>
    </message>
    <message>
        <source>0: default</source>
        <translation>0: Standard</translation>
    </message>
    <message>
        <source>500: much more likely</source>
        <translation>500: viel wahrscheinlicher</translation>
    </message>
    <message>
        <source>1000: kill first</source>
        <translation>1000: zuerst beenden</translation>
    </message>
    <message>
        <source>oom_score_adj: -1000 never kill … 1000 kill first</source>
        <translation>oom_score_adj: -1000 nie beenden … 1000 zuerst beenden</translation>
    </message>
    <message>
        <source>Presets: -1000 never kill … 1000 kill first</source>
        <translation>Vorgaben: -1000 nie beenden … 1000 zuerst beenden</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::PostMortemWidget</name>
    <message>
        <source>Filter events by host, process, cgroup or cause…</source>
        <translation>Ereignisse nach Host, Prozess, Cgroup oder Ursache filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ProcessTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The kernel never picks this process (oom_score_adj -1000, kernel thread or init).</source>
        <translation>Der Kernel wählt diesen Prozess nie (oom_score_adj -1000, Kernel-Thread oder init).</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
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
        <translation>Kill-Rang</translation>
    </message>
    <message>
        <source>Rank in cgroup</source>
        <translation>Rang in Cgroup</translation>
    </message>
    <message>
        <source>Rank in %1</source>
        <translation>Rang in %1</translation>
    </message>
    <message>
        <source>Resident memory (VmRSS = RssAnon + RssFile + RssShmem), /proc/PID/status</source>
        <translation>Residenter Speicher (VmRSS = RssAnon + RssFile + RssShmem), /proc/PID/status</translation>
    </message>
    <message>
        <source>Resident anonymous memory (RssAnon)</source>
        <translation>Residenter anonymer Speicher (RssAnon)</translation>
    </message>
    <message>
        <source>Resident file-backed memory (RssFile)</source>
        <translation>Residenter dateigestützter Speicher (RssFile)</translation>
    </message>
    <message>
        <source>Resident shared memory (RssShmem)</source>
        <translation>Residenter Shared Memory (RssShmem)</translation>
    </message>
    <message>
        <source>Swapped-out anonymous memory (VmSwap)</source>
        <translation>Ausgelagerter anonymer Speicher (VmSwap)</translation>
    </message>
    <message>
        <source>The kernel&apos;s own /proc/PID/oom_score (0..2000)</source>
        <translation>Der eigene Wert des Kernels aus /proc/PID/oom_score (0..2000)</translation>
    </message>
    <message>
        <source>/proc/PID/oom_score_adj: -1000 never killed .. 1000 killed first</source>
        <translation>/proc/PID/oom_score_adj: -1000 nie beendet .. 1000 zuerst beendet</translation>
    </message>
    <message>
        <source>Order in which a host-wide OOM would pick victims (mm/oom_kill.c oom_badness()); #1 goes first</source>
        <translation>Reihenfolge, in der ein hostweiter OOM Opfer wählen würde (mm/oom_kill.c oom_badness()); Nr. 1 zuerst</translation>
    </message>
    <message>
        <source>Order within the selected cgroup&apos;s subtree (a memcg OOM there)</source>
        <translation>Reihenfolge im Teilbaum der gewählten Cgroup (bei einem memcg-OOM dort)</translation>
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
        <translation> – der Bericht gab keine Flag-Namen aus, und der Wert lässt sich nicht sicher benennen (die Bitbelegung änderte sich zwischen Kernel-Versionen).</translation>
    </message>
    <message>
        <source>order=-1: not an allocation, the OOM killer was started by hand (sysrq-f).</source>
        <translation>order=-1: keine Allokation, der OOM-Killer wurde von Hand gestartet (sysrq-f).</translation>
    </message>
    <message>
        <source>order=%1: the request wanted %2 contiguous page(s).</source>
        <translation>order=%1: Die Anforderung wollte %2 zusammenhängende Seite(n).</translation>
    </message>
    <message>
        <source>&lt;b&gt;mode=%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;mode=%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The report shows no gfp_mask (the invoker line is missing or was cut).</source>
        <translation>Der Bericht zeigt keine gfp_mask (die Auslöserzeile fehlt oder wurde abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::ReportExporter</name>
    <message>
        <source>OOM event %1 of %2</source>
        <translation>OOM-Ereignis %1 von %2</translation>
    </message>
    <message>
        <source>Cause: %1 — %2</source>
        <translation>Ursache: %1 – %2</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Invoker: %1</source>
        <translation>Auslöser: %1</translation>
    </message>
    <message>
        <source>gfp_mask: %1%2</source>
        <translation>gfp_mask: %1%2</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Victim: %1</source>
        <translation>Opfer: %1</translation>
    </message>
    <message>
        <source>Memory freed: %1</source>
        <translation>Freigegebener Speicher: %1</translation>
    </message>
    <message>
        <source>Limit hit in: %1</source>
        <translation>Limit erreicht in: %1</translation>
    </message>
    <message>
        <source>Victim&apos;s cgroup: %1</source>
        <translation>Cgroup des Opfers: %1</translation>
    </message>
    <message>
        <source>  &lt;- at or below min</source>
        <translation>  &lt;- auf oder unter min</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>none can be given from this report</source>
        <translation>aus diesem Bericht nicht ableitbar</translation>
    </message>
    <message>
        <source>Also: %1 %2</source>
        <translation>Außerdem: %1 %2</translation>
    </message>
    <message>
        <source>Source: %1, lines %2–%3</source>
        <translation>Quelle: %1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>Event %1: %2 killed %3</source>
        <translation>Ereignis %1: %2 beendete %3</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
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
        <translation>Größte Tasks (%1 von %2)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Report (evidence lines marked)</source>
        <translation>Bericht (Belegzeilen markiert)</translation>
    </message>
    <message>
        <source>OOM Lens report</source>
        <translation>OOM-Lens-Bericht</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in this report; written %1 by OOM Lens %2.</source>
        <translation>
            <numerusform>%n Ereignis in diesem Bericht; geschrieben %1 von OOM Lens %2.</numerusform>
            <numerusform>%n Ereignisse in diesem Bericht; geschrieben %1 von OOM Lens %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation>%1: Das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: Das Bild konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A new language takes effect the next time OOM Lens starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von OOM Lens wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SnapshotWidget</name>
    <message>
        <source>&lt;b&gt;Snapshot:&lt;/b&gt; %1 · host %2 · Linux %3 · %4</source>
        <translation>&lt;b&gt;Snapshot:&lt;/b&gt; %1 · Host %2 · Linux %3 · %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial snapshot:</source>
        <translation>Unvollständiger Snapshot:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::SummaryStrip</name>
    <message>
        <source>&lt;b&gt;Memory&lt;/b&gt; %1 available of %2 (%3)</source>
        <translation>&lt;b&gt;Speicher&lt;/b&gt; %1 von %2 verfügbar (%3)</translation>
    </message>
    <message>
        <source>/proc/meminfo MemAvailable and MemTotal</source>
        <translation>/proc/meminfo MemAvailable und MemTotal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swap&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Swap&lt;/b&gt; keiner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swap&lt;/b&gt; %1 used of %2</source>
        <translation>&lt;b&gt;Swap&lt;/b&gt; %1 von %2 belegt</translation>
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
        <translation>/proc/pressure/memory avg10: Anteil der letzten 10 s, in dem einige / alle Tasks auf Speicher warteten</translation>
    </message>
    <message>
        <source>/proc/pressure/memory is absent (kernel without CONFIG_PSI or psi=0)</source>
        <translation>/proc/pressure/memory fehlt (Kernel ohne CONFIG_PSI oder psi=0)</translation>
    </message>
    <message>
        <source>0 heuristic</source>
        <translation>0 heuristisch</translation>
    </message>
    <message>
        <source>1 always</source>
        <translation>1 immer</translation>
    </message>
    <message>
        <source>2 strict (ratio %1 %)</source>
        <translation>2 strikt (Ratio %1 %)</translation>
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
        <translation>0 (einen Prozess beenden)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;1 (panic unless constrained)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;1 (Panic, außer bei Beschränkung)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;2 (always panic)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;2 (immer Panic)&lt;/span&gt;</translation>
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
        <translation>&lt;b&gt;OOM-Kills seit Boot&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>/proc/vmstat oom_kill (Linux 4.13+)</source>
        <translation>/proc/vmstat oom_kill (Linux 4.13+)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::TaskTableModel</name>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>%1 (never killed)</source>
        <translation>%1 (nie beendet)</translation>
    </message>
    <message>
        <source>%1 (oom_adj)</source>
        <translation>%1 (oom_adj)</translation>
    </message>
    <message>
        <source>The OOM killer chose this process</source>
        <translation>Der OOM-Killer hat diesen Prozess gewählt</translation>
    </message>
    <message>
        <source>oom_score_adj -1000: the OOM killer never chooses this process</source>
        <translation>oom_score_adj -1000: Der OOM-Killer wählt diesen Prozess nie</translation>
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
        <translation>Virtuell</translation>
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
        <translation>Seitentabellen</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>total_vm: the virtual size of the process</source>
        <translation>total_vm: die virtuelle Größe des Prozesses</translation>
    </message>
    <message>
        <source>rss: resident memory (what the OOM killer&apos;s badness score mostly counts)</source>
        <translation>rss: residenter Speicher (zählt am meisten für den Badness-Score des OOM-Killers)</translation>
    </message>
    <message>
        <source>swapents: pages of the process in swap</source>
        <translation>swapents: Seiten des Prozesses im Swap</translation>
    </message>
    <message>
        <source>-1000 exempts a process from the OOM killer; +1000 makes it the first choice</source>
        <translation>-1000 nimmt einen Prozess vom OOM-Killer aus; +1000 macht ihn zur ersten Wahl</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::TimelineLayout</name>
    <message>
        <source>%1 (no host)</source>
        <translation>%1 (kein Host)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkBars</name>
    <message>
        <source>No populated zone</source>
        <translation>Keine belegte Zone</translation>
    </message>
    <message>
        <source>free %1 · min %2 · low %3 · high %4</source>
        <translation>frei %1 · min %2 · low %3 · high %4</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkChart</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
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
        <translation>freies CMA</translation>
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
        <translation>&lt;br&gt;&lt;b&gt;frei liegt auf oder unter min&lt;/b&gt;: Allokationen schlagen fehl, und der Allocator führt direkten Reclaim aus oder ruft den OOM-Killer auf.</translation>
    </message>
    <message>
        <source>&lt;br&gt;free is below low: kswapd is reclaiming.</source>
        <translation>&lt;br&gt;frei liegt unter low: kswapd führt Reclaim aus.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The watermarks are boosted: free may sit below min without a real shortage.</source>
        <translation>&lt;br&gt;Die Watermarks sind angehoben (boost): frei kann ohne echten Mangel unter min liegen.</translation>
    </message>
    <message>
        <source>Relative to each zone&apos;s high watermark</source>
        <translation>Relativ zum high-Watermark jeder Zone</translation>
    </message>
    <message>
        <source>Absolute (MiB, log scale)</source>
        <translation>Absolut (MiB, logarithmisch)</translation>
    </message>
    <message>
        <source>Bars: free memory. Lines: min (red), low (orange), high (green) watermarks. A red bar is at or below min.</source>
        <translation>Balken: freier Speicher. Linien: Watermarks min (rot), low (orange), high (grün). Ein roter Balken liegt auf oder unter min.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>This report has no zone lines (Mem-Info block missing or cut), so there are no watermarks to show.</source>
        <translation>Dieser Bericht hat keine Zonenzeilen (Mem-Info-Block fehlt oder ist abgeschnitten), daher gibt es keine Watermarks anzuzeigen.</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Kein Ereignis ausgewählt.</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Zones (no node number printed)</source>
        <translation>Zonen (keine Knotennummer ausgegeben)</translation>
    </message>
    <message>
        <source>the report prints every watermark as 0</source>
        <translation>der Bericht gibt jedes Watermark als 0 aus</translation>
    </message>
    <message>
        <source>no free memory</source>
        <translation>kein freier Speicher</translation>
    </message>
    <message>
        <source>at or below min</source>
        <translation>auf oder unter min</translation>
    </message>
    <message>
        <source>below low</source>
        <translation>unter low</translation>
    </message>
    <message>
        <source>free: %1 % of high</source>
        <translation>frei: %1 % von high</translation>
    </message>
    <message>
        <source>% of high</source>
        <translation>% von high</translation>
    </message>
    <message>
        <source>MiB (log scale)</source>
        <translation>MiB (logarithmisch)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkPanel</name>
    <message>
        <source>Bars: free memory per zone on a log scale from one page to the zone&apos;s size, ticks at the min / low / high watermarks. Red: below min (direct reclaim, OOM risk), orange: below low (kswapd awake), yellow: below high.</source>
        <translation>Balken: freier Speicher pro Zone, logarithmisch von einer Seite bis zur Zonengröße, Markierungen an den Watermarks min / low / high. Rot: unter min (direkter Reclaim, OOM-Gefahr), orange: unter low (kswapd aktiv), gelb: unter high.</translation>
    </message>
    <message>
        <source>last minute</source>
        <translation>letzte Minute</translation>
    </message>
    <message>
        <source>last 10 minutes</source>
        <translation>letzte 10 Minuten</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Node %1 (empty zones not shown: %2)</source>
        <translation>Knoten %1 (leere Zonen nicht angezeigt: %2)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::WatermarkTimeChart</name>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>free, MiB (log)</source>
        <translation>frei, MiB (log.)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
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
        <translation>  (leer, nicht angezeigt: %1)</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::facts</name>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>whole machine</source>
        <translation>ganzer Rechner</translation>
    </message>
    <message>
        <source>memory cgroup</source>
        <translation>Memory-Cgroup</translation>
    </message>
    <message>
        <source>cpuset</source>
        <translation>Cpuset</translation>
    </message>
    <message>
        <source>NUMA memory policy</source>
        <translation>NUMA-Speicherrichtlinie</translation>
    </message>
    <message>
        <source>manual (sysrq-f)</source>
        <translation>manuell (sysrq-f)</translation>
    </message>
    <message>
        <source>%1 (year guessed)</source>
        <translation>%1 (Jahr geschätzt)</translation>
    </message>
    <message>
        <source>boot %1, uptime %2 s</source>
        <translation>Boot %1, Uptime %2 s</translation>
    </message>
    <message>
        <source>uptime %1 s</source>
        <translation>Uptime %1 s</translation>
    </message>
    <message>
        <source>none (panic)</source>
        <translation>keines (Panic)</translation>
    </message>
    <message>
        <source>none (allocation failure)</source>
        <translation>keines (Allokationsfehler)</translation>
    </message>
    <message>
        <source>%1, chosen, no kill line</source>
        <translation>%1, gewählt, keine Kill-Zeile</translation>
    </message>
    <message>
        <source>Node %1 %2</source>
        <translation>Knoten %1 %2</translation>
    </message>
</context>
<context>
    <name>oomlens::ui::format</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
</TS>

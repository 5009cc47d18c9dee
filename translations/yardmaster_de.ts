<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>RouteSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>Chat-Räume</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>Health-Check (JSON)</translation>
    </message>
</context>
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>Zu öffnendes Projekt.</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1: eine Klasse (1xx bis 5xx) oder einen Code (100 bis 599) angeben</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1: kein Methodenname (GET, POST, …)</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1: eine Routennummer (0, 1, …) oder none angeben</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2: eine Zeitspanne (30s, 10m, 2h, 7d) oder ein Datum (2024-05-01T12:00:00) angeben</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1: eine Dauer wie 250us, 100ms oder 2s angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; ist kein Filterausdruck; key:value schreiben, z. B. status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 braucht einen Wert nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>connection:%1: use a connection number (1, 2, …)</source>
        <translation>connection:%1: eine Verbindungsnummer angeben (1, 2, …)</translation>
    </message>
    <message>
        <source>%1: filters WebSocket and SSE events, not requests</source>
        <translation>%1: filtert WebSocket- und SSE-Ereignisse, keine Anfragen</translation>
    </message>
    <message>
        <source>direction:%1: use in (client to server) or out</source>
        <translation>direction:%1: in (Client zum Server) oder out angeben</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</source>
        <translation>unbekannter Filter „%1“; möglich sind: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</translation>
    </message>
    <message>
        <source>%1 filters requests and %2 filters events: no row can match both</source>
        <translation>%1 filtert Anfragen und %2 filtert Ereignisse: keine Zeile kann beides erfüllen</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1: das Anfrageprotokoll kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>von einem neueren Yardmaster geschrieben (Protokollformat %1; diese Version schreibt Format %2)</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging nicht möglich</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1: kann nicht als Anfrageprotokoll verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1: das Anfrageprotokoll schreibt nicht mehr: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 lässt sich nicht sperren</translation>
    </message>
    <message>
        <source>the spool %1 is damaged</source>
        <translation>der Zwischenspeicher %1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>die Datei ist größer als 16 MiB; ist das ein Projekt?</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>&quot;%1&quot; fehlt; bitte ergänzen (%2)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 liegt außerhalb des Bereichs (erlaubt: %2)</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>muss ein Objekt {…} sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>muss ein Array […] sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; ist keine Einstellung für %2; entfernen oder eine davon verwenden: %3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>0 bis 86400 Sekunden; Chromium speichert höchstens 7200</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials geht nicht zusammen mit &quot;origins&quot;: &quot;*&quot; (Browser lehnen das laut Fetch-Standard ab); die Origins stattdessen einzeln angeben</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>&quot;origins&quot; fehlt; bitte ergänzen (&quot;*&quot; oder eine Liste wie [&quot;http://localhost:3000&quot;])</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>muss &quot;*&quot; oder eine Liste von Origins sein, etwa [&quot;http://localhost:3000&quot;]</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>mindestens einen Origin angeben oder &quot;*&quot; für alle verwenden</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; steht allein; &quot;origins&quot;: &quot;*&quot; schreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; ist kein Origin (scheme://host:port verwenden, etwa &quot;http://localhost:3000&quot;)</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>Browser senden diesen Origin als &quot;%1&quot;; bitte so schreiben</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>muss eine HTTP-Methode sein, etwa &quot;PUT&quot;</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>muss ein Header-Name sein, etwa &quot;Content-Type&quot;</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>Methoden unterscheiden Groß- und Kleinschreibung; &quot;%1&quot; schreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; ist kein Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~)</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>%1 setzt Yardmaster selbst; bitte entfernen</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 gehört zu CORS; stattdessen &quot;cors&quot; am Server oder an der Route setzen</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>ein Header-Wert muss ein String sein</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>ein Header-Wert muss in einer Zeile stehen</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>1 bis 1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>1 bis 1000000 Anfragen</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>mindestens ein Pfadpräfix angeben oder &quot;paths&quot; entfernen, um alle Pfade zu begrenzen</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>muss ein Pfadpräfix sein, das mit &quot;/&quot; beginnt, etwa &quot;/api&quot;</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; ist kein Fehlerstatus (400 bis 599 verwenden, etwa &quot;404&quot;)</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>muss der Pfad einer Datei sein, etwa &quot;errors/404.html&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; existiert nicht (relative Pfade beginnen im Ordner der Projektdatei, %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; ist ein Ordner; bitte den Pfad einer Datei angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; ist größer als 1 MiB; eine Fehlerseite sollte klein sein</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; verwendet &quot;{{%2}}&quot;; eine Fehlerseite hat keine Pfadparameter (query.X, header.X oder body.X verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; darf nur das letzte Segment sein (&quot;/files/*&quot;)</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; muss ein ganzes Segment sein (&quot;/files/*&quot;, nicht &quot;/files*&quot;)</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>ein Pfadparameter steht am Anfang seines Segments (&quot;/users/:id&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; ist kein Parametername (Buchstaben, Ziffern und _ verwenden, am Anfang ein Buchstabe)</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; kommt zweimal vor; jedem Pfadparameter einen eigenen Namen geben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; muss mit &quot;/&quot; beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; enthält ein Leer- oder Steuerzeichen; Prozent-Kodierung verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; enthält &quot;%2&quot;; Routen vergleichen nur den Pfad, die Query entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; hat ein leeres Segment (&quot;//&quot;); das überzählige &quot;/&quot; entfernen</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>diese Datei stammt von einem neueren Yardmaster (Format %1); diese Version liest Format %2 und älter, bitte Yardmaster aktualisieren</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>ein Server muss ein Objekt {&quot;name&quot;: …, &quot;port&quot;: …} sein</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>ein Server braucht einen Namen, etwa &quot;web&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; ist keine Adresse, auf der gelauscht werden kann (127.0.0.1, ::1, localhost oder 0.0.0.0 für alle Schnittstellen verwenden)</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>0 bis 65535; 0 wählt einen freien Port</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>1 bis 64 Threads</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>einen Server</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; ist kein Cookie-Name (keine Leerzeichen, &quot;=&quot; oder &quot;;&quot;)</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>0 bis 34560000 Sekunden, 400 Tage</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>muss ein Pfad sein, der mit &quot;/&quot; beginnt, etwa &quot;/dashboard&quot;</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0 für keine Begrenzung, oder mehr</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0 für keine Begrenzung, bis 3650 Tage</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 oder mehr Bytes</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>1024 bis 1048576 Bytes</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>100 bis 600000 Millisekunden</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>100 bis 3600000 Millisekunden</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>ein anderer Server heißt bereits &quot;%1&quot;; jedem Server einen eigenen Namen geben</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>ein anderer Server lauscht bereits auf %1; einen anderen Port verwenden</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>ein Projekt ist ein JSON-Objekt {&quot;version&quot;: 1, &quot;servers&quot;: […]}</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>1 für dieses Dateiformat</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>mindestens einen Server hinzufügen</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>ein Projekt</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>eine Route muss ein Objekt {&quot;path&quot;: …, &quot;action&quot;: …} sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; ist keine Aktion (respond, redirect, static, proxy, websocket, sse oder health verwenden)</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>eine %1-Route bedient ein Präfix; den &quot;:&quot;-Parameter entfernen (&quot;/assets&quot; oder &quot;/assets/*&quot;)</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>eine %1-Route</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode (GET, POST, … oder &quot;*&quot; für alle verwenden)</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>200 bis 599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>0 bis 60000 Millisekunden</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>eine Route hat &quot;body&quot; oder &quot;bodyFile&quot;, nicht beides; eines entfernen</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>eine %1-Antwort hat keinen Body; den Body entfernen oder 200 verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; ist kein Weiterleitungsziel (einen Pfad wie &quot;/new-page&quot; oder eine http(s)://-URL verwenden)</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>301 bis 308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 ist kein Weiterleitungsstatus (301, 302, 303, 307 oder 308 verwenden)</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>0 bis 315360000 Sekunden, zehn Jahre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; ist keine Upstream-URL (http://HOST:PORT mit optionalem Pfad verwenden, etwa &quot;http://127.0.0.1:3000&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; ist eine Datei; die Wurzel eines statischen Ordners muss ein Ordner sein</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 ist kein Parameter im Pfad dieser Route (er hat keine; &quot;:%2&quot; zum Pfad hinzufügen)</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 ist kein Parameter im Pfad dieser Route (Parameter: %2)</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 bezeichnet keinen Header (header.NAME schreiben, etwa header.User-Agent)</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 ist kein Feldpfad im Body (durch Punkte getrennte Namen und Indizes verwenden, etwa body.user.name oder body.items.0)</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 bezeichnet keinen Query-Parameter (query.NAME schreiben, etwa query.page)</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 ist kein Sitzungswert (session.user verwenden)</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 ist kein Vorlagenwert (params.X, query.X, header.X, body.X oder session.user verwenden)</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; ist nicht geschlossen; &quot;}}&quot; nach dem Wertnamen schreiben</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>braucht die „sessions“-Einstellungen des Servers, etwa &quot;sessions&quot;: {&quot;protect&quot;: []}</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>muss ein einfacher Pfad sein, der mit „/“ beginnt (ohne Query, „*“ oder „:“), etwa &quot;/login&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend), etwa &quot;WEB_API_KEYS&quot;</translation>
    </message>
    <message>
        <source>0 (none) to 3600000 milliseconds</source>
        <translation>0 (keiner) bis 3600000 Millisekunden</translation>
    </message>
    <message>
        <source>0 to 100000 events</source>
        <translation>0 bis 100000 Ereignisse</translation>
    </message>
    <message>
        <source>1 to 3600000 milliseconds</source>
        <translation>1 bis 3600000 Millisekunden</translation>
    </message>
    <message>
        <source>a room pattern has 1 to %1 characters: names and the wildcards * (any run of characters) and ? (one character), such as &quot;team-*&quot;</source>
        <translation>ein Raummuster hat 1 bis %1 Zeichen: Namen und die Platzhalter * (beliebig viele Zeichen) und ? (ein Zeichen), etwa &quot;team-*&quot;</translation>
    </message>
    <message>
        <source>1 to 10000 rooms</source>
        <translation>1 bis 10000 Räume</translation>
    </message>
    <message>
        <source>128 to 16777216 bytes</source>
        <translation>128 bis 16777216 Bytes</translation>
    </message>
    <message>
        <source>0 to 100000; 0 = unlimited</source>
        <translation>0 bis 100000; 0 = unbegrenzt</translation>
    </message>
    <message>
        <source>0 to 10000 messages</source>
        <translation>0 bis 10000 Nachrichten</translation>
    </message>
    <message>
        <source>1000 to 3600000 milliseconds</source>
        <translation>1000 bis 3600000 Millisekunden</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>Verbindung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>er hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>er hat innerhalb von %1 ms keine Verbindung angenommen</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>er hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>er hat %1 ms lang nichts gesendet</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 Ungültige Antwort vom Upstream</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>Läuft Ihr Entwicklungsserver auf %1?</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster hat keine Antwort vom Upstream %1 erhalten: %2.</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>seine Antwort war kein gültiges HTTP (%1)</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>er hat ohne Anfrage das Protokoll gewechselt</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>sein chunked-Body war fehlerhaft</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>der Upstream-Host %1 lässt sich nicht auflösen: %2</translation>
    </message>
</context>
<context>
    <name>yard::realtime::RoomHistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>chat history is no longer saved to %1: %2</source>
        <translation>der Chatverlauf wird nicht mehr in %1 gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1: Sitzungen brauchen einen Datenordner für ihren Schlüssel und die Benutzer</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1: &quot;%2&quot; ist keine Adresse, auf der gelauscht werden kann</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1: Lauschen auf %2:%3 nicht möglich: %4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>„%1“ ist kein Benutzername (1 bis 64 Zeichen, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>kein Benutzer namens „%1“</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 ist kein Sitzungsschlüssel (%2 Bytes, erwartet %3); löschen Sie die Datei, um einen neuen zu erzeugen (alle Sitzungen enden)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Benutzer wird gespeichert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>Der Benutzer konnte nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::CloseChoice</name>
    <message>
        <source>Keep the servers running in the tray?</source>
        <translation>Server im Infobereich weiterlaufen lassen?</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>%n Server läuft noch. Er kann weiter antworten, während das Fenster geschlossen ist; das Symbol im Infobereich holt das Fenster zurück.</numerusform>
            <numerusform>%n Server laufen noch. Sie können weiter antworten, während das Fenster geschlossen ist; das Symbol im Infobereich holt das Fenster zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Beenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Offene Verbindungen:</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>der Server ist gestoppt</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Beantwortete Anfragen:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Every open connection of this server: plain HTTP (keep-alive), WebSocket and event streams, with their client, user, rooms and traffic. Kick closes the selected ones; a WebSocket client is told why (close code 1008).</source>
        <translation>Jede offene Verbindung dieses Servers: einfaches HTTP (Keep-Alive), WebSocket und Event-Streams, mit Client, Benutzer, Räumen und Datenverkehr. „Trennen“ schließt die ausgewählten; ein WebSocket-Client erfährt den Grund (Close-Code 1008).</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, user, protocol, room…</source>
        <translation>Nach Adresse, Benutzer, Protokoll, Raum filtern…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Live-Verbindungen</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Close the selected connections</source>
        <translation>Die ausgewählten Verbindungen schließen</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Send a message to the selected WebSocket or event stream</source>
        <translation>Eine Nachricht an den ausgewählten WebSocket oder Event-Stream senden</translation>
    </message>
    <message>
        <source>connection %1 (%2, %3)</source>
        <translation>Verbindung %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 ist nicht mehr da; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Messages of this connection</source>
        <translation>Nachrichten dieser Verbindung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Send to This Connection…</source>
        <translation>An diese Verbindung senden …</translation>
    </message>
    <message>
        <source>Send a message to this client as the server</source>
        <translation>Diesem Client als Server eine Nachricht senden</translation>
    </message>
    <message>
        <source>Event stream, connection %1</source>
        <translation>Event-Stream, Verbindung %1</translation>
    </message>
    <message>
        <source>WebSocket, connection %1</source>
        <translation>WebSocket, Verbindung %1</translation>
    </message>
    <message>
        <source>Reading its messages…</source>
        <translation>Nachrichten werden gelesen …</translation>
    </message>
    <message>
        <source>Cannot read this conversation: %1</source>
        <translation>Diese Unterhaltung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Published to the channel, not to one connection.</source>
        <translation>An den Kanal veröffentlicht, nicht an eine Verbindung.</translation>
    </message>
    <message>
        <source>Open, or ended without its request logged yet.</source>
        <translation>Offen, oder beendet, ohne dass ihre Anfrage schon protokolliert ist.</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4
Open %5 · %6 in · %7 out.</source>
        <translation>%1 %2 → %3 von %4
Offen %5 · %6 ein · %7 aus.</translation>
    </message>
    <message>
        <source>Showing its first %L1 messages.</source>
        <translation>Die ersten %L1 Nachrichten werden gezeigt.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
</context>
<context>
    <name>yard::ui::HeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Ausgewählten Header entfernen</translation>
    </message>
</context>
<context>
    <name>yard::ui::InfoPage</name>
    <message>
        <source>Answers 200 with JSON: status, uptime, open connections and requests served. No settings of its own.</source>
        <translation>Antwortet 200 mit JSON: Status, Laufzeit, offene Verbindungen und beantwortete Anfragen. Keine eigenen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogDetailPane</name>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Select a request to see what the log recorded of it.</source>
        <translation>Eine Anfrage auswählen, um zu sehen, was das Protokoll davon festgehalten hat.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C)</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>(server address unknown)</source>
        <translation>(Serveradresse unbekannt)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(keiner gesendet)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1… (shortened)</source>
        <translation>%1… (gekürzt)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 µs (first byte in to last byte out)</source>
        <translation>%1 µs (vom ersten empfangenen bis zum letzten gesendeten Byte)</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>Protokollzeile</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>method (kept %1 bytes)</source>
        <translation>Methode (%1 Bytes behalten)</translation>
    </message>
    <message>
        <source>target (kept %1 bytes)</source>
        <translation>Ziel (%1 Bytes behalten)</translation>
    </message>
    <message>
        <source>client (kept %1 bytes)</source>
        <translation>Client (%1 Bytes behalten)</translation>
    </message>
    <message>
        <source>user agent (kept %1 bytes)</source>
        <translation>User-Agent (%1 Bytes behalten)</translation>
    </message>
    <message>
        <source>session (kept %1 bytes)</source>
        <translation>Sitzung (%1 Bytes behalten)</translation>
    </message>
    <message>
        <source>Cut to fit the log</source>
        <translation>Für das Protokoll gekürzt</translation>
    </message>
    <message>
        <source>Headers and bodies are not recorded: the request log stores the request line, status, sizes, timing and client of each request, not its header fields or body.</source>
        <translation>Header und Bodys werden nicht aufgezeichnet: Das Anfrageprotokoll speichert Anfragezeile, Status, Größen, Zeiten und Client jeder Anfrage, nicht ihre Header-Felder oder ihren Body.</translation>
    </message>
    <message>
        <source>Create Route…</source>
        <translation>Route erstellen…</translation>
    </message>
    <message>
        <source>Create a route from this request</source>
        <translation>Eine Route aus dieser Anfrage erstellen</translation>
    </message>
    <message>
        <source>Add a route that answers this request (a mock for a 404, say) and open it in the route editor</source>
        <translation>Eine Route hinzufügen, die diese Anfrage beantwortet (etwa ein Mock für ein 404), und sie im Routen-Editor öffnen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Send this request again</source>
        <translation>Diese Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Send the same method and path to the running server again (the log keeps no body or other headers); the new request joins the log</source>
        <translation>Dieselbe Methode und denselben Pfad erneut an den laufenden Server senden (das Protokoll speichert keinen Body und keine weiteren Header); die neue Anfrage erscheint im Protokoll</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Wird wiederholt…</translation>
    </message>
    <message>
        <source>Replayed: %1 in %2 ms</source>
        <translation>Wiederholt: %1 in %2 ms</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>Wiederholen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogExportFile</name>
    <message>
        <source>%1: cannot export: %2</source>
        <translation>%1: Export nicht möglich: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>Protokollfilter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Show requests of one method only</source>
        <translation>Nur Anfragen einer Methode anzeigen</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Show %1 responses (several chips: any of them)</source>
        <translation>%1-Antworten anzeigen (mehrere Chips: jede davon)</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Pfadfilter</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Client-Filter</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <source>More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m</source>
        <translation>Weitere Filter, wie bei yardmaster logs --filter: status:404 min:100ms since:10m</translation>
    </message>
    <message>
        <source>Filter expression error</source>
        <translation>Fehler im Filterausdruck</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Jede Route</translation>
    </message>
    <message>
        <source>No route matched</source>
        <translation>Keine Route passte</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Filter expression: %1</source>
        <translation>Filterausdruck: %1</translation>
    </message>
    <message>
        <source>Path or message contains… (* matches anything)</source>
        <translation>Pfad oder Nachricht enthält … (* passt auf alles)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>WebSocket-Nachrichten</translation>
    </message>
    <message>
        <source>Event stream events</source>
        <translation>Event-Stream-Ereignisse</translation>
    </message>
    <message>
        <source>Show requests in the timeline</source>
        <translation>Anfragen in der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Show WebSocket messages in the timeline</source>
        <translation>WebSocket-Nachrichten in der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Show event stream events in the timeline</source>
        <translation>Event-Stream-Ereignisse in der Zeitleiste zeigen</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message>
        <source>Request log health</source>
        <translation>Zustand des Anfrageprotokolls</translation>
    </message>
    <message>
        <source>Not logging: %1</source>
        <translation>Kein Protokoll: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%Ln Eintrag verworfen: das Protokoll kam nicht mit</numerusform>
            <numerusform>%Ln Einträge verworfen: das Protokoll kam nicht mit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>das Protokoll liegt %Ln Eintrag zurück: erst wird bedient, dann holt es auf</numerusform>
            <numerusform>das Protokoll liegt %Ln Einträge zurück: erst wird bedient, dann holt es auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message>
        <source>Log paused</source>
        <translation>Protokoll angehalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume following the log</source>
        <translation>Dem Protokoll wieder folgen</translation>
    </message>
    <message>
        <source>Show the newest rows and follow them again</source>
        <translation>Die neuesten Zeilen zeigen und ihnen wieder folgen</translation>
    </message>
    <message>
        <source>Paused — no new rows yet</source>
        <translation>Pausiert — noch keine neuen Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>Pausiert — %Ln neue Zeile</numerusform>
            <numerusform>Pausiert — %Ln neue Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogRowModel</name>
    <message>
        <source>%1 bytes in, %2 bytes out</source>
        <translation>%1 Bytes empfangen, %2 Bytes gesendet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 Empfänger</translation>
    </message>
    <message>
        <source>%L1 recipients</source>
        <translation>%L1 Empfänger</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Delivered to %L1 connections</source>
        <translation>An %L1 Verbindungen zugestellt</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogTable</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>No requests yet — they appear here as they arrive.</source>
        <translation>Noch keine Anfragen – sie erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>Neuen Anfragen folgen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest request in view; scrolling up pauses</source>
        <translation>Die neueste Anfrage im Blick behalten; Hochscrollen hält an</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation>Ausgewählte Zeilen als CSV…</translation>
    </message>
    <message>
        <source>Selected Rows as HAR…</source>
        <translation>Ausgewählte Zeilen als HAR…</translation>
    </message>
    <message>
        <source>All Matching Rows as CSV…</source>
        <translation>Alle passenden Zeilen als CSV…</translation>
    </message>
    <message>
        <source>All Matching Rows as HAR…</source>
        <translation>Alle passenden Zeilen als HAR…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Keine Anfragen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · folgt</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · angehalten</translation>
    </message>
    <message>
        <source>Export Selected Requests</source>
        <translation>Ausgewählte Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export Matching Requests</source>
        <translation>Passende Anfragen exportieren</translation>
    </message>
    <message>
        <source>HAR 1.2 (*.har)</source>
        <translation>HAR 1.2 (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported the first %L1 requests to %2 (a HAR file holds at most that many; CSV has no limit)</source>
        <translation>Die ersten %L1 Anfragen nach %2 exportiert (eine HAR-Datei fasst höchstens so viele; CSV hat keine Grenze)</translation>
    </message>
    <message>
        <source>Exported 1 request to %1</source>
        <translation>1 Anfrage nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2</source>
        <translation>%L1 Anfragen nach %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n Zeile angezeigt</numerusform>
            <numerusform>%n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not running; nothing can be sent.</source>
        <translation>%1 läuft nicht; es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>connection %1 of %2</source>
        <translation>Verbindung %1 von %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 ist weg; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>Ü&amp;ber Yardmaster</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>Über Yardmaster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Lokale HTTP- und WebSocket-Server für Webentwickler.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <source>Live figures of the selected server</source>
        <translation>Live-Werte des ausgewählten Servers</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project.</source>
        <translation>Kein Projekt geöffnet – eine Projektdatei öffnen (Datei ▸ Öffnen) oder mit dem Demoprojekt beginnen.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The servers keep running. Quit from this icon&apos;s menu.</source>
        <translation>Die Server laufen weiter. Beenden über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MessageSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>join as %1</source>
        <translation>Beitritt als %1</translation>
    </message>
    <message>
        <source>joined; members: %1</source>
        <translation>beigetreten; Mitglieder: %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat verlassen</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← aus</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ ein</translation>
    </message>
</context>
<context>
    <name>yard::ui::MetricsStrip</name>
    <message>
        <source>&lt; %1 µs</source>
        <translation>&lt; %1 µs</translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>Stopped: start the server to see its traffic here.</source>
        <translation>Gestoppt: Den Server starten, um hier seinen Verkehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 Anf./s    p50 %2    p99 %3    Engine-Fehler %4 %    %n offene Verbindung</numerusform>
            <numerusform>%1 Anf./s    p50 %2    p99 %3    Engine-Fehler %4 %    %n offene Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Start servers when Yardmaster opens</source>
        <translation>Server &amp;beim Start von Yardmaster starten</translation>
    </message>
    <message>
        <source>When the window &amp;closes with servers running:</source>
        <translation>Wenn das Fenster bei laufenden Servern &amp;geschlossen wird:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Keep them running in the tray</source>
        <translation>Im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window stops the servers.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Schließen des Fensters stoppt die Server.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>For servers whose project file sets no limit of its own. Applies when a server starts.</source>
        <translation>Für Server, deren Projektdatei keine eigene Grenze setzt. Gilt beim Start eines Servers.</translation>
    </message>
    <message>
        <source>Maximum &amp;rows per server:</source>
        <translation>Höchstzahl &amp;Zeilen pro Server:</translation>
    </message>
    <message>
        <source>Maximum &amp;age in days:</source>
        <translation>Höchst&amp;alter in Tagen:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 hat %n Fehler und wurde nicht geöffnet.</numerusform>
            <numerusform>%1 hat %n Fehler und wurde nicht geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json)</source>
        <translation>Yardmaster-Projekte (*.yard.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Yardmaster-Projekte (*.yard.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProxyPage</name>
    <message>
        <source>Upstream:</source>
        <translation>Upstream:</translation>
    </message>
    <message>
        <source>Upstream URL</source>
        <translation>Upstream-URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000 (your app&apos;s dev server)</source>
        <translation>http://127.0.0.1:3000 (der Entwicklungsserver Ihrer App)</translation>
    </message>
    <message>
        <source>Strip the route&apos;s path before forwarding</source>
        <translation>Pfad der Route vor dem Weiterreichen entfernen</translation>
    </message>
    <message>
        <source>Send the upstream&apos;s own Host header</source>
        <translation>Den eigenen Host-Header des Upstreams senden</translation>
    </message>
</context>
<context>
    <name>yard::ui::RedirectPage</name>
    <message>
        <source>To:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>Weiterleitungsziel</translation>
    </message>
    <message>
        <source>/new-page, /posts/{{params.slug}} or https://example.com/</source>
        <translation>/new-page, /posts/{{params.slug}} oder https://example.com/</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Weiterleitungsstatus</translation>
    </message>
    <message>
        <source>301 or 308: moved for good (308 keeps the method); 302, 303 or 307: for now</source>
        <translation>301 oder 308: dauerhaft verschoben (308 behält die Methode); 302, 303 oder 307: vorübergehend</translation>
    </message>
    <message>
        <source>Keep the query string</source>
        <translation>Query-String beibehalten</translation>
    </message>
</context>
<context>
    <name>yard::ui::RespondPage</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Body file:</source>
        <translation>Body-Datei:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Text or JSON; {{params.id}} and {{query.q}} are filled in</source>
        <translation>Text oder JSON; {{params.id}} und {{query.q}} werden eingesetzt</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>or a file, such as www/page.html</source>
        <translation>oder eine Datei, etwa www/page.html</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>JSON ✓</source>
        <translation>JSON ✓</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomTableModel</name>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>WebSocket routes:</source>
        <translation>WebSocket-Routen:</translation>
    </message>
    <message>
        <source>none; add a route with the websocket action</source>
        <translation>keine; eine Route mit der Aktion websocket hinzufügen</translation>
    </message>
    <message>
        <source>The chat rooms open on this server&apos;s websocket routes, with their members. Select a room to speak in it as &quot;server&quot;, close it (its members are told and removed) or kick a member. Clients join rooms with {&quot;type&quot;:&quot;join&quot;,…}.</source>
        <translation>Die Chat-Räume der WebSocket-Routen dieses Servers mit ihren Mitgliedern. Einen Raum auswählen, um darin als „server“ zu schreiben, ihn zu schließen (die Mitglieder werden benachrichtigt und entfernt) oder ein Mitglied zu trennen. Clients betreten Räume mit {&quot;type&quot;:&quot;join&quot;,…}.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPanel</name>
    <message>
        <source>Chat rooms</source>
        <translation>Chat-Räume</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>Mitglieder des ausgewählten Raums</translation>
    </message>
    <message>
        <source>Message to the room, sent as &quot;server&quot;</source>
        <translation>Nachricht an den Raum, gesendet als „server“</translation>
    </message>
    <message>
        <source>Message to the selected room</source>
        <translation>Nachricht an den ausgewählten Raum</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message to the selected room</source>
        <translation>Die Nachricht an den ausgewählten Raum senden</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Raum schließen</translation>
    </message>
    <message>
        <source>Close the selected room and remove its members</source>
        <translation>Den ausgewählten Raum schließen und seine Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Kick member</source>
        <translation>Mitglied trennen</translation>
    </message>
    <message>
        <source>Disconnect the selected member</source>
        <translation>Das ausgewählte Mitglied trennen</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is gone; nothing was sent.</source>
        <translation>Den Raum „%1“ gibt es nicht mehr; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; closed; its members were told.</source>
        <translation>Raum „%1“ geschlossen; seine Mitglieder wurden benachrichtigt.</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already gone.</source>
        <translation>Den Raum „%1“ gibt es bereits nicht mehr.</translation>
    </message>
    <message>
        <source>Latest messages of the selected room</source>
        <translation>Neueste Nachrichten des ausgewählten Raums</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteForm</name>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&quot;*&quot; answers every method</source>
        <translation>&quot;*&quot; beantwortet jede Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>/api/users/:id, /static/*</source>
        <translation>/api/users/:id, /static/*</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Select a route to edit it, or add one with the + button.</source>
        <translation>Eine Route zum Bearbeiten auswählen oder mit der Schaltfläche + eine hinzufügen.</translation>
    </message>
    <message>
        <source>Edit %1 of route %2</source>
        <translation>%1 von Route %2 bearbeiten</translation>
    </message>
    <message>
        <source>✗ Not applied: the running server and the project keep the last valid version.</source>
        <translation>✗ Nicht übernommen: Der laufende Server und das Projekt behalten die letzte gültige Fassung.</translation>
    </message>
    <message>
        <source>✗ The running server kept its old routes: %1</source>
        <translation>✗ Der laufende Server hat seine alten Routen behalten: %1</translation>
    </message>
    <message>
        <source>✓ Applied to the running server</source>
        <translation>✓ Auf den laufenden Server angewendet</translation>
    </message>
    <message>
        <source>✓ Valid. Start the server to serve it.</source>
        <translation>✓ Gültig. Den Server starten, um sie auszuliefern.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteTableModel</name>
    <message>
        <source>Enabled: uncheck to skip this route</source>
        <translation>Aktiv: Haken entfernen, um diese Route zu überspringen</translation>
    </message>
    <message>
        <source>Disabled: check to serve this route again</source>
        <translation>Inaktiv: Haken setzen, um diese Route wieder auszuliefern</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Tut</translation>
    </message>
    <message>
        <source>Enable route %1</source>
        <translation>Route %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable route %1</source>
        <translation>Route %1 deaktivieren</translation>
    </message>
    <message>
        <source>Move route %1 to position %2</source>
        <translation>Route %1 an Position %2 verschieben</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoutesPage</name>
    <message>
        <source>Routes, in priority order</source>
        <translation>Routen, nach Priorität</translation>
    </message>
    <message>
        <source>Filter routes (Ctrl+F)</source>
        <translation>Routen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Routen filtern</translation>
    </message>
    <message>
        <source>No routes yet — add one with the + button, or open the demo project (resources/demo/demo.yard.json).</source>
        <translation>Noch keine Routen – mit der Schaltfläche + eine hinzufügen oder das Demoprojekt öffnen (resources/demo/demo.yard.json).</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
    <message>
        <source>Move up (tried earlier)</source>
        <translation>Nach oben (früher geprüft)</translation>
    </message>
    <message>
        <source>Move down (tried later)</source>
        <translation>Nach unten (später geprüft)</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>Route %1 entfernen</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer in the project.</source>
        <translation>Den Server „%1“ gibt es im Projekt nicht mehr.</translation>
    </message>
    <message>
        <source>Create route from request</source>
        <translation>Route aus Anfrage erstellen</translation>
    </message>
</context>
<context>
    <name>yard::ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save this filter under a name, or pick one saved before</source>
        <translation>Diesen Filter unter einem Namen speichern oder einen gespeicherten wählen</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Aktuellen Filter speichern …</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>yard::ui::SendToConnectionDialog</name>
    <message>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>One event to this reader only, sent as the server; the channel&apos;s other readers do not get it.</source>
        <translation>Ein Ereignis nur an diesen Leser, gesendet als Server; die anderen Leser des Kanals erhalten es nicht.</translation>
    </message>
    <message>
        <source>One text frame to this client only, sent as the server, exactly as typed.</source>
        <translation>Ein Text-Frame nur an diesen Client, gesendet als Server, genau wie eingegeben.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <source>The event&apos;s data; each line becomes a data line</source>
        <translation>Die Daten des Ereignisses; jede Zeile wird eine data-Zeile</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hello&quot;}</source>
        <translation>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hallo&quot;}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>An event name is one line of at most 64 bytes.</source>
        <translation>Ein Ereignisname ist eine Zeile mit höchstens 64 Bytes.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); it is sent as typed all the same.</source>
        <translation>Kein gültiges JSON (%1); es wird trotzdem wie eingegeben gesendet.</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListModel</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>restart to apply</source>
        <translation>Neustart zum Übernehmen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anf./s</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: write a port, or HOST:PORT</source>
        <translation>&quot;%1&quot; ist keine Adresse: einen Port oder HOST:PORT angeben</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>Server %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListPanel</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Double-click a name, or a stopped server&apos;s address, to change it</source>
        <translation>Auf einen Namen oder die Adresse eines gestoppten Servers doppelklicken, um ihn zu ändern</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected server</source>
        <translation>Ausgewählten Server starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected server (in-flight requests finish first)</source>
        <translation>Ausgewählten Server stoppen (laufende Anfragen werden erst beendet)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restart the selected server: takes in a new address or limits</source>
        <translation>Ausgewählten Server neu starten: übernimmt eine neue Adresse oder neue Limits</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected server on the next free port</source>
        <translation>Ausgewählten Server auf dem nächsten freien Port duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Ausgewählten Server entfernen</translation>
    </message>
    <message>
        <source>server-%1</source>
        <translation>server-%1</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Server duplizieren</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>off for this server</source>
        <translation>für diesen Server aus</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Lebensdauer:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected paths:</source>
        <translation>Geschützte Pfade:</translation>
    </message>
    <message>
        <source>Sign-in page:</source>
        <translation>Anmeldeseite:</translation>
    </message>
    <message>
        <source>Who is signed in to this server, and the users who can sign in. Sessions are kept in the data folder, so they outlive a restart.</source>
        <translation>Wer bei diesem Server angemeldet ist, und die Benutzer, die sich anmelden können. Sitzungen werden im Datenordner gespeichert und überstehen so einen Neustart.</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPanel</name>
    <message>
        <source>Sessions are off for this server. To turn them on, add a &quot;sessions&quot; block to the server in the project file (for example {&quot;protect&quot;: [&quot;/admin&quot;]}); signed-in users and their sessions then appear here.</source>
        <translation>Sitzungen sind für diesen Server aus. Um sie einzuschalten, fügen Sie dem Server in der Projektdatei einen &quot;sessions&quot;-Block hinzu (zum Beispiel {&quot;protect&quot;: [&quot;/admin&quot;]}); angemeldete Benutzer und ihre Sitzungen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Angemeldete Sitzungen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>Die ausgewählte Sitzung beenden</translation>
    </message>
    <message>
        <source>End all</source>
        <translation>Alle beenden</translation>
    </message>
    <message>
        <source>End every session of this server</source>
        <translation>Alle Sitzungen dieses Servers beenden</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users who can sign in</source>
        <translation>Benutzer, die sich anmelden können</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>Den ausgewählten Benutzer entfernen</translation>
    </message>
    <message>
        <source>The sessions database cannot be opened: %1</source>
        <translation>Die Sitzungsdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Remove the user %1? Their sessions end on every server.</source>
        <translation>Benutzer %1 entfernen? Seine Sitzungen enden auf allen Servern.</translation>
    </message>
    <message>
        <source>Could not remove the user: %1</source>
        <translation>Der Benutzer konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::SsePage</name>
    <message>
        <source>Server-Sent Events: a client reads the channel its path names below the route (/events/news reads &quot;news&quot;) and resumes after Last-Event-ID.</source>
        <translation>Server-Sent Events: Ein Client liest den Kanal, den sein Pfad unterhalb der Route nennt (/events/news liest „news“), und setzt nach Last-Event-ID fort.</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>Heartbeat alle:</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Heartbeat-Intervall</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>Wiederholungspuffer:</translation>
    </message>
    <message>
        <source>Events kept per channel for reconnecting readers</source>
        <translation>Pro Kanal aufbewahrte Ereignisse für neu verbindende Leser</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>Neu verbinden nach:</translation>
    </message>
    <message>
        <source>Reconnection delay sent to readers</source>
        <translation>An Leser gesendete Wartezeit vor dem Neuverbinden</translation>
    </message>
    <message>
        <source>browser default</source>
        <translation>Browser-Standard</translation>
    </message>
    <message>
        <source>POST to a channel publishes an event</source>
        <translation>POST an einen Kanal veröffentlicht ein Ereignis</translation>
    </message>
</context>
<context>
    <name>yard::ui::StaticPage</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Cache for:</source>
        <translation>Cache-Dauer:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>www (relative to the project file)</source>
        <translation>www (relativ zur Projektdatei)</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>Cache-Dauer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Immutable (files never change under their name)</source>
        <translation>Unveränderlich (Dateien ändern sich nie unter ihrem Namen)</translation>
    </message>
    <message>
        <source>List folders without an index.html</source>
        <translation>Ordner ohne index.html auflisten</translation>
    </message>
    <message>
        <source>Single-page app: unknown paths get index.html</source>
        <translation>Single-Page-App: unbekannte Pfade erhalten index.html</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>Auszuliefernder Ordner</translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%1 von %n Server aktiv</numerusform>
            <numerusform>%1 von %n Servern aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anf./s</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n offene Verbindung</numerusform>
            <numerusform>%n offene Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests served</source>
        <translation>%1 Anfragen beantwortet</translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message>
        <source>Show Yardmaster</source>
        <translation>Yardmaster anzeigen</translation>
    </message>
    <message>
        <source>Stop all servers</source>
        <translation>Alle Server stoppen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster: %1 von %n Server aktiv</numerusform>
            <numerusform>Yardmaster: %1 von %n Servern aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TryItPanel</name>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Send this route&apos;s request to the running server</source>
        <translation>Die Anfrage dieser Route an den laufenden Server senden</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command line for this request</source>
        <translation>Eine curl-Befehlszeile für diese Anfrage kopieren</translation>
    </message>
    <message>
        <source>Start the server to try this route.</source>
        <translation>Den Server starten, um diese Route auszuprobieren.</translation>
    </message>
    <message>
        <source>Streams and WebSockets are tried with a client, not here.</source>
        <translation>Streams und WebSockets werden mit einem Client ausprobiert, nicht hier.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>
… (only the first %1 KiB shown)</source>
        <translation>
… (nur die ersten %1 KiB angezeigt)</translation>
    </message>
</context>
<context>
    <name>yard::ui::WebSocketPage</name>
    <message>
        <source>Chat rooms over WebSocket: clients send {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} and messages; every member of a room receives them. History is kept in the data folder across restarts.</source>
        <translation>Chat-Räume über WebSocket: Clients senden {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} und Nachrichten; jedes Mitglied eines Raums erhält sie. Der Verlauf bleibt im Datenordner über Neustarts erhalten.</translation>
    </message>
    <message>
        <source>Allowed rooms:</source>
        <translation>Erlaubte Räume:</translation>
    </message>
    <message>
        <source>Allowed rooms</source>
        <translation>Erlaubte Räume</translation>
    </message>
    <message>
        <source>any room; or a pattern such as team-* (* and ? wildcards)</source>
        <translation>jeder Raum; oder ein Muster wie team-* (Platzhalter * und ?)</translation>
    </message>
    <message>
        <source>Rooms per connection:</source>
        <translation>Räume pro Verbindung:</translation>
    </message>
    <message>
        <source>Rooms per connection</source>
        <translation>Räume pro Verbindung</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Größte Nachricht:</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>A larger message closes the connection (code 1009)</source>
        <translation>Eine größere Nachricht schließt die Verbindung (Code 1009)</translation>
    </message>
    <message>
        <source>Messages per second:</source>
        <translation>Nachrichten pro Sekunde:</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>History per room:</source>
        <translation>Verlauf pro Raum:</translation>
    </message>
    <message>
        <source>History per room</source>
        <translation>Verlauf pro Raum</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Ping a silent client after:</source>
        <translation>Einen stillen Client anpingen nach:</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>RouteSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>salons de discussion</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>contrôle de santé (JSON)</translation>
    </message>
</context>
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>Projet à ouvrir.</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1&#xa0;: indiquez une classe (1xx à 5xx) ou un code (100 à 599)</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1&#xa0;: ce n&apos;est pas un nom de méthode (GET, POST, …)</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1&#xa0;: indiquez un numéro de route (0, 1, …) ou none</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2&#xa0;: indiquez une durée écoulée (30s, 10m, 2h, 7d) ou une date (2024-05-01T12:00:00)</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1&#xa0;: indiquez une durée, comme 250us, 100ms ou 2s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; n&apos;est pas un terme de filtre&#x202f;; écrivez clé:valeur, par ex. status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 attend une valeur après les deux-points</translation>
    </message>
    <message>
        <source>connection:%1: use a connection number (1, 2, …)</source>
        <translation>connection:%1 : utilisez un numéro de connexion (1, 2, …)</translation>
    </message>
    <message>
        <source>%1: filters WebSocket and SSE events, not requests</source>
        <translation>%1 : filtre les événements WebSocket et SSE, pas les requêtes</translation>
    </message>
    <message>
        <source>direction:%1: use in (client to server) or out</source>
        <translation>direction:%1 : utilisez in (du client au serveur) ou out</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</source>
        <translation>filtre inconnu « %1 » ; utilisez l’un de : server, method, status, path, route, client, since, until, min, connection, channel, direction, text</translation>
    </message>
    <message>
        <source>%1 filters requests and %2 filters events: no row can match both</source>
        <translation>%1 filtre les requêtes et %2 filtre les événements : aucune ligne ne peut correspondre aux deux</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1&#xa0;: impossible de lire le journal des requêtes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>écrit par une version plus récente de Yardmaster (format de journal %1&#x202f;; celle-ci écrit le format %2)</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>impossible de passer en journalisation WAL (write-ahead logging)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1&#xa0;: impossible de l&apos;utiliser comme journal des requêtes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1&#xa0;: le journal des requêtes a cessé d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <source>the spool %1 is damaged</source>
        <translation>le tampon %1 est endommagé</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>le fichier dépasse 16 Mio&#x202f;; est-ce bien un projet&#x202f;?</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>&quot;%1&quot; manque&#x202f;; ajoutez-le (%2)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 est hors limites (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>doit être un objet {…}, pas %1</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>doit être un tableau […], pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; n&apos;est pas un réglage valable pour %2&#x202f;; supprimez-le ou utilisez l&apos;un de&#xa0;: %3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>0 à 86400 secondes&#x202f;; Chromium en garde au plus 7200</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials est incompatible avec &quot;origins&quot;: &quot;*&quot; (les navigateurs le refusent, selon le standard Fetch)&#x202f;; listez plutôt les origines</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>&quot;origins&quot; manque&#x202f;; ajoutez-le (&quot;*&quot; ou une liste comme [&quot;http://localhost:3000&quot;])</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>doit être &quot;*&quot; ou une liste d&apos;origines, comme [&quot;http://localhost:3000&quot;]</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>indiquez au moins une origine, ou &quot;*&quot; pour toutes</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; s&apos;utilise seul&#x202f;; écrivez &quot;origins&quot;: &quot;*&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une origine (utilisez scheme://host:port, comme &quot;http://localhost:3000&quot;)</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>les navigateurs envoient cette origine sous la forme &quot;%1&quot;&#x202f;; écrivez-la ainsi</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>doit être une méthode HTTP, comme &quot;PUT&quot;</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>doit être un nom d&apos;en-tête, comme &quot;Content-Type&quot;</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>les méthodes sont sensibles à la casse&#x202f;; écrivez &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;en-tête (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~ uniquement)</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>%1 est défini par Yardmaster lui-même&#x202f;; supprimez-le</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 relève de CORS&#x202f;; définissez plutôt &quot;cors&quot; sur le serveur ou la route</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>une valeur d&apos;en-tête doit être une chaîne</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>une valeur d&apos;en-tête doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>1 à 1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>1 à 1000000 requêtes</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>indiquez au moins un préfixe de chemin, ou supprimez &quot;paths&quot; pour limiter tous les chemins</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>doit être un préfixe de chemin commençant par &quot;/&quot;, comme &quot;/api&quot;</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut d&apos;erreur (utilisez 400 à 599, comme &quot;404&quot;)</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>doit être le chemin d&apos;un fichier, comme &quot;errors/404.html&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; n&apos;existe pas (les chemins relatifs partent du dossier du fichier de projet, %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; est un dossier&#x202f;; indiquez le chemin d&apos;un fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; dépasse 1 Mio&#x202f;; une page d&apos;erreur doit rester légère</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; utilise &quot;{{%2}}&quot;&#x202f;; une page d&apos;erreur n&apos;a pas de paramètres de chemin (utilisez query.X, header.X ou body.X)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; ne peut être que le dernier segment (&quot;/files/*&quot;)</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; doit former un segment entier (&quot;/files/*&quot;, pas &quot;/files*&quot;)</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>un paramètre commence son segment (&quot;/users/:id&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de paramètre (lettres, chiffres et _, en commençant par une lettre)</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; apparaît deux fois&#x202f;; donnez à chaque paramètre son propre nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; doit commencer par &quot;/&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; contient une espace ou un caractère de contrôle&#x202f;; utilisez l&apos;encodage-pourcent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; contient &quot;%2&quot;&#x202f;; les routes ne comparent que le chemin, retirez la chaîne de requête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; a un segment vide (&quot;//&quot;)&#x202f;; retirez le &quot;/&quot; en trop</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>ce fichier a été écrit par une version plus récente de Yardmaster (format %1)&#x202f;; celle-ci lit le format %2 et antérieurs, mettez Yardmaster à jour</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>un serveur doit être un objet {&quot;name&quot;: …, &quot;port&quot;: …}</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>un serveur a besoin d&apos;un nom, comme &quot;web&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse d&apos;écoute (utilisez 127.0.0.1, ::1, localhost, ou 0.0.0.0 pour toutes les interfaces)</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>0 à 65535&#x202f;; 0 choisit un port libre</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>1 à 64 threads</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>un serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de cookie (ni espace, ni &quot;=&quot;, ni &quot;;&quot;)</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>0 à 34560000 secondes, soit 400 jours</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>doit être un chemin commençant par &quot;/&quot;, comme &quot;/dashboard&quot;</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0 pour aucune limite, ou plus</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0 pour aucune limite, jusqu&apos;à 3650 jours</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 octet ou plus</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>1024 à 1048576 octets</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>100 à 600000 millisecondes</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>100 à 3600000 millisecondes</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>un autre serveur s&apos;appelle déjà &quot;%1&quot;&#x202f;; donnez à chaque serveur son propre nom</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>un autre serveur écoute déjà sur %1&#x202f;; utilisez un autre port</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>un projet est un objet JSON {&quot;version&quot;: 1, &quot;servers&quot;: […]}</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>1 pour ce format de fichier</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>ajoutez au moins un serveur</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>un projet</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>une route doit être un objet {&quot;path&quot;: …, &quot;action&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; n&apos;est pas une action (utilisez respond, redirect, static, proxy, websocket, sse ou health)</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>une route %1 sert un préfixe&#x202f;; retirez le paramètre &quot;:&quot; (&quot;/assets&quot; ou &quot;/assets/*&quot;)</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>une route %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; n&apos;est pas une méthode HTTP (utilisez GET, POST, … ou &quot;*&quot; pour toutes)</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>200 à 599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>0 à 60000 millisecondes</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>une route a &quot;body&quot; ou &quot;bodyFile&quot;, pas les deux&#x202f;; retirez-en un</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>une réponse %1 n&apos;a pas de corps&#x202f;; retirez le corps ou utilisez 200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; n&apos;est pas une cible de redirection (utilisez un chemin comme &quot;/new-page&quot; ou une URL http(s)://)</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>301 à 308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 n&apos;est pas un statut de redirection (utilisez 301, 302, 303, 307 ou 308)</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>0 à 315360000 secondes, soit dix ans</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL amont (utilisez http://HOST:PORT suivi d&apos;un chemin facultatif, comme &quot;http://127.0.0.1:3000&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; est un fichier&#x202f;; la racine d&apos;un dossier statique doit être un dossier</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 n&apos;est pas un paramètre du chemin de cette route (il n&apos;en a aucun&#x202f;; ajoutez &quot;:%2&quot; au chemin)</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 n&apos;est pas un paramètre du chemin de cette route (paramètres&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 ne désigne pas un en-tête (écrivez header.NAME, comme header.User-Agent)</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 n&apos;est pas un chemin de champ du corps (utilisez des noms et des indices séparés par des points, comme body.user.name ou body.items.0)</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 ne désigne pas un paramètre de requête (écrivez query.NAME, comme query.page)</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 n&apos;est pas une valeur de session (utilisez session.user)</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 n&apos;est pas une valeur de modèle (utilisez params.X, query.X, header.X, body.X ou session.user)</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; n&apos;est pas fermé&#x202f;; écrivez &quot;}}&quot; après le nom de la valeur</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>nécessite les réglages « sessions » du serveur, par exemple &quot;sessions&quot;: {&quot;protect&quot;: []}</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>doit être un chemin simple commençant par « / » (sans requête, « * » ni « : »), par exemple &quot;/login&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement (lettres, chiffres et « _ », sans chiffre au début), par exemple &quot;WEB_API_KEYS&quot;</translation>
    </message>
    <message>
        <source>0 (none) to 3600000 milliseconds</source>
        <translation>0 (aucun) à 3600000 millisecondes</translation>
    </message>
    <message>
        <source>0 to 100000 events</source>
        <translation>0 à 100000 événements</translation>
    </message>
    <message>
        <source>1 to 3600000 milliseconds</source>
        <translation>1 à 3600000 millisecondes</translation>
    </message>
    <message>
        <source>a room pattern has 1 to %1 characters: names and the wildcards * (any run of characters) and ? (one character), such as &quot;team-*&quot;</source>
        <translation>un motif de salon a 1 à %1 caractères : des noms et les jokers * (toute suite de caractères) et ? (un caractère), par exemple &quot;team-*&quot;</translation>
    </message>
    <message>
        <source>1 to 10000 rooms</source>
        <translation>1 à 10000 salons</translation>
    </message>
    <message>
        <source>128 to 16777216 bytes</source>
        <translation>128 à 16777216 octets</translation>
    </message>
    <message>
        <source>0 to 100000; 0 = unlimited</source>
        <translation>0 à 100000 ; 0 = illimité</translation>
    </message>
    <message>
        <source>0 to 10000 messages</source>
        <translation>0 à 10000 messages</translation>
    </message>
    <message>
        <source>1000 to 3600000 milliseconds</source>
        <translation>1000 à 3600000 millisecondes</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>échec de la connexion (%1)</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>il a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>il n’a pas accepté de connexion en %1 ms</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>il n’a pas répondu en %1 ms</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>il n’a rien envoyé pendant %1 ms</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 Délai de la passerelle dépassé</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 Mauvaise passerelle</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>Votre serveur de développement tourne-t-il sur %1 ?</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster n’a pas obtenu de réponse de l’upstream %1 : %2.</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>sa réponse n’était pas du HTTP valide (%1)</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>il a changé de protocole sans qu’on le lui demande</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>son corps chunked était mal formé</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>l’hôte upstream %1 ne se résout pas : %2</translation>
    </message>
</context>
<context>
    <name>yard::realtime::RoomHistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>chat history is no longer saved to %1: %2</source>
        <translation>l’historique du chat n’est plus enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1 : les sessions ont besoin d’un dossier de données pour leur clé et les utilisateurs</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1&#xa0;: impossible d&apos;écouter sur %2:%3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>« %1 » n’est pas un nom d’utilisateur (1 à 64 caractères, sans espace)</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>aucun utilisateur nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 n’est pas une clé de session (%2 octets, %3 attendus) ; supprimez-le pour en créer une nouvelle (toutes les sessions prennent fin)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Enregistrement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe (confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Les mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::CloseChoice</name>
    <message>
        <source>Keep the servers running in the tray?</source>
        <translation>Laisser les serveurs tourner dans la zone de notification ?</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>%n serveur tourne encore. Il peut continuer à répondre fenêtre fermée ; l’icône de notification ramène la fenêtre.</numerusform>
            <numerusform>%n serveurs tournent encore. Ils peuvent continuer à répondre fenêtre fermée ; l’icône de notification ramène la fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Laisser tourner</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Ne plus demander</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>Connexions ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>le serveur est arrêté</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>Requêtes servies&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Every open connection of this server: plain HTTP (keep-alive), WebSocket and event streams, with their client, user, rooms and traffic. Kick closes the selected ones; a WebSocket client is told why (close code 1008).</source>
        <translation>Chaque connexion ouverte de ce serveur : HTTP simple (keep-alive), WebSocket et flux d’événements, avec leur client, utilisateur, salons et trafic. « Expulser » ferme celles sélectionnées ; un client WebSocket en apprend la raison (code de fermeture 1008).</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, user, protocol, room…</source>
        <translation>Filtrer par adresse, utilisateur, protocole, salon…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Connexions en direct</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Close the selected connections</source>
        <translation>Fermer les connexions sélectionnées</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Send a message to the selected WebSocket or event stream</source>
        <translation>Envoyer un message au WebSocket ou au flux d’événements sélectionné</translation>
    </message>
    <message>
        <source>connection %1 (%2, %3)</source>
        <translation>connexion %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 n’existe plus ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Messages of this connection</source>
        <translation>Messages de cette connexion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Send to This Connection…</source>
        <translation>Envoyer à cette connexion…</translation>
    </message>
    <message>
        <source>Send a message to this client as the server</source>
        <translation>Envoyer un message à ce client en tant que serveur</translation>
    </message>
    <message>
        <source>Event stream, connection %1</source>
        <translation>Flux d’événements, connexion %1</translation>
    </message>
    <message>
        <source>WebSocket, connection %1</source>
        <translation>WebSocket, connexion %1</translation>
    </message>
    <message>
        <source>Reading its messages…</source>
        <translation>Lecture de ses messages…</translation>
    </message>
    <message>
        <source>Cannot read this conversation: %1</source>
        <translation>Impossible de lire cette conversation : %1</translation>
    </message>
    <message>
        <source>Published to the channel, not to one connection.</source>
        <translation>Publié sur le canal, pas à une connexion.</translation>
    </message>
    <message>
        <source>Open, or ended without its request logged yet.</source>
        <translation>Ouverte, ou terminée sans que sa requête soit encore journalisée.</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4
Open %5 · %6 in · %7 out.</source>
        <translation>%1 %2 → %3 depuis %4
Ouverte %5 · %6 reçus · %7 envoyés.</translation>
    </message>
    <message>
        <source>Showing its first %L1 messages.</source>
        <translation>Ses %L1 premiers messages sont affichés.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
</context>
<context>
    <name>yard::ui::HeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Supprimer l&apos;en-tête sélectionné</translation>
    </message>
</context>
<context>
    <name>yard::ui::InfoPage</name>
    <message>
        <source>Answers 200 with JSON: status, uptime, open connections and requests served. No settings of its own.</source>
        <translation>Répond 200 avec du JSON&#xa0;: statut, durée de fonctionnement, connexions ouvertes et requêtes servies. Aucun réglage propre.</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogDetailPane</name>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Select a request to see what the log recorded of it.</source>
        <translation>Sélectionnez une requête pour voir ce que le journal en a enregistré.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C)</source>
        <translation>Copier une commande curl qui répète cette requête (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>(server address unknown)</source>
        <translation>(adresse du serveur inconnue)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(aucun envoyé)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1… (shortened)</source>
        <translation>%1… (abrégé)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 µs (first byte in to last byte out)</source>
        <translation>%1 µs (du premier octet reçu au dernier octet envoyé)</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>Ligne du journal</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>method (kept %1 bytes)</source>
        <translation>méthode (%1 octets conservés)</translation>
    </message>
    <message>
        <source>target (kept %1 bytes)</source>
        <translation>cible (%1 octets conservés)</translation>
    </message>
    <message>
        <source>client (kept %1 bytes)</source>
        <translation>client (%1 octets conservés)</translation>
    </message>
    <message>
        <source>user agent (kept %1 bytes)</source>
        <translation>agent utilisateur (%1 octets conservés)</translation>
    </message>
    <message>
        <source>session (kept %1 bytes)</source>
        <translation>session (%1 octets conservés)</translation>
    </message>
    <message>
        <source>Cut to fit the log</source>
        <translation>Coupé pour tenir dans le journal</translation>
    </message>
    <message>
        <source>Headers and bodies are not recorded: the request log stores the request line, status, sizes, timing and client of each request, not its header fields or body.</source>
        <translation>Les en-têtes et les corps ne sont pas enregistrés&#xa0;: le journal des requêtes conserve la ligne de requête, le statut, les tailles, les durées et le client de chaque requête, pas ses champs d&apos;en-tête ni son corps.</translation>
    </message>
    <message>
        <source>Create Route…</source>
        <translation>Créer une route…</translation>
    </message>
    <message>
        <source>Create a route from this request</source>
        <translation>Créer une route à partir de cette requête</translation>
    </message>
    <message>
        <source>Add a route that answers this request (a mock for a 404, say) and open it in the route editor</source>
        <translation>Ajouter une route qui répond à cette requête (un mock pour un 404, par exemple) et l’ouvrir dans l’éditeur de routes</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Send this request again</source>
        <translation>Renvoyer cette requête</translation>
    </message>
    <message>
        <source>Send the same method and path to the running server again (the log keeps no body or other headers); the new request joins the log</source>
        <translation>Renvoyer la même méthode et le même chemin au serveur en cours d’exécution (le journal ne garde ni corps ni autres en-têtes) ; la nouvelle requête rejoint le journal</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Rejeu…</translation>
    </message>
    <message>
        <source>Replayed: %1 in %2 ms</source>
        <translation>Rejouée : %1 en %2 ms</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>Échec du rejeu : %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogExportFile</name>
    <message>
        <source>%1: cannot export: %2</source>
        <translation>%1&#xa0;: exportation impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>Filtres du journal</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Show requests of one method only</source>
        <translation>N&apos;afficher que les requêtes d&apos;une méthode</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Toute méthode</translation>
    </message>
    <message>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Show %1 responses (several chips: any of them)</source>
        <translation>Afficher les réponses %1 (plusieurs pastilles&#xa0;: l&apos;une ou l&apos;autre)</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Filtre de chemin</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Filtre de client</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expression de filtre</translation>
    </message>
    <message>
        <source>More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m</source>
        <translation>D&apos;autres filtres, comme avec yardmaster logs --filter&#xa0;: status:404 min:100ms since:10m</translation>
    </message>
    <message>
        <source>Filter expression error</source>
        <translation>Erreur dans l&apos;expression de filtre</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Toute route</translation>
    </message>
    <message>
        <source>No route matched</source>
        <translation>Aucune route correspondante</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Filter expression: %1</source>
        <translation>Expression de filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Path or message contains… (* matches anything)</source>
        <translation>Le chemin ou le message contient… (* correspond à tout)</translation>
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
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>Messages WebSocket</translation>
    </message>
    <message>
        <source>Event stream events</source>
        <translation>Événements de flux</translation>
    </message>
    <message>
        <source>Show requests in the timeline</source>
        <translation>Afficher les requêtes dans la chronologie</translation>
    </message>
    <message>
        <source>Show WebSocket messages in the timeline</source>
        <translation>Afficher les messages WebSocket dans la chronologie</translation>
    </message>
    <message>
        <source>Show event stream events in the timeline</source>
        <translation>Afficher les événements de flux dans la chronologie</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message>
        <source>Request log health</source>
        <translation>État du journal des requêtes</translation>
    </message>
    <message>
        <source>Not logging: %1</source>
        <translation>Journal arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%Ln entrée perdue&#xa0;: le journal n&apos;a pas suivi</numerusform>
            <numerusform>%Ln entrées perdues&#xa0;: le journal n&apos;a pas suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>le journal a %Ln entrée de retard&#xa0;: le service d&apos;abord, il rattrape ensuite</numerusform>
            <numerusform>le journal a %Ln entrées de retard&#xa0;: le service d&apos;abord, il rattrape ensuite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message>
        <source>Log paused</source>
        <translation>Journal en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume following the log</source>
        <translation>Reprendre le suivi du journal</translation>
    </message>
    <message>
        <source>Show the newest rows and follow them again</source>
        <translation>Afficher les lignes les plus récentes et les suivre à nouveau</translation>
    </message>
    <message>
        <source>Paused — no new rows yet</source>
        <translation>En pause — aucune nouvelle ligne</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>En pause — %Ln nouvelle ligne</numerusform>
            <numerusform>En pause — %Ln nouvelles lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogRowModel</name>
    <message>
        <source>%1 bytes in, %2 bytes out</source>
        <translation>%1 octets reçus, %2 octets envoyés</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
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
        <translation>1 destinataire</translation>
    </message>
    <message>
        <source>%L1 recipients</source>
        <translation>%L1 destinataires</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>Delivered to %L1 connections</source>
        <translation>Remis à %L1 connexions</translation>
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
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogTable</name>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>No requests yet — they appear here as they arrive.</source>
        <translation>Aucune requête pour l&apos;instant — elles s&apos;affichent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>Suivre les nouvelles requêtes</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest request in view; scrolling up pauses</source>
        <translation>Garder la requête la plus récente visible&#x202f;; remonter met en pause</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exporter les requêtes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation>Lignes sélectionnées en CSV…</translation>
    </message>
    <message>
        <source>Selected Rows as HAR…</source>
        <translation>Lignes sélectionnées en HAR…</translation>
    </message>
    <message>
        <source>All Matching Rows as CSV…</source>
        <translation>Toutes les lignes correspondantes en CSV…</translation>
    </message>
    <message>
        <source>All Matching Rows as HAR…</source>
        <translation>Toutes les lignes correspondantes en HAR…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Aucune requête ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Impossible de lire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · suivi</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · en pause</translation>
    </message>
    <message>
        <source>Export Selected Requests</source>
        <translation>Exporter les requêtes sélectionnées</translation>
    </message>
    <message>
        <source>Export Matching Requests</source>
        <translation>Exporter les requêtes correspondantes</translation>
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
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Exported the first %L1 requests to %2 (a HAR file holds at most that many; CSV has no limit)</source>
        <translation>Les %L1 premières requêtes ont été exportées vers %2 (un fichier HAR n&apos;en contient pas plus&#x202f;; le CSV n&apos;a pas de limite)</translation>
    </message>
    <message>
        <source>Exported 1 request to %1</source>
        <translation>1 requête exportée vers %1</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2</source>
        <translation>%L1 requêtes exportées vers %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n ligne affichée</numerusform>
            <numerusform>%n lignes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not running; nothing can be sent.</source>
        <translation>%1 ne tourne pas ; rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>connection %1 of %2</source>
        <translation>connexion %1 de %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 n’existe plus ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>À &amp;propos de Yardmaster</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>À propos de Yardmaster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Serveurs HTTP et WebSocket locaux pour les développeurs web.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Détails du serveur</translation>
    </message>
    <message>
        <source>Live figures of the selected server</source>
        <translation>Chiffres en direct du serveur sélectionné</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project.</source>
        <translation>Aucun projet ouvert — ouvrez un fichier de projet (Fichier ▸ Ouvrir) ou commencez avec le projet de démonstration.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The servers keep running. Quit from this icon&apos;s menu.</source>
        <translation>Les serveurs continuent de tourner. Quittez depuis le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>yard::ui::MessageSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>join as %1</source>
        <translation>rejoint en tant que %1</translation>
    </message>
    <message>
        <source>joined; members: %1</source>
        <translation>rejoint ; membres : %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 a rejoint</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>erreur %1 : %2</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← sortant</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ entrant</translation>
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
        <translation>Arrêté&#xa0;: démarrez le serveur pour voir son trafic ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 req./s    p50 %2    p99 %3    erreurs du moteur %4 %    %n connexion ouverte</numerusform>
            <numerusform>%1 req./s    p50 %2    p99 %3    erreurs du moteur %4 %    %n connexions ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>&amp;Start servers when Yardmaster opens</source>
        <translation>&amp;Démarrer les serveurs à l’ouverture de Yardmaster</translation>
    </message>
    <message>
        <source>When the window &amp;closes with servers running:</source>
        <translation>Quand la fenêtre se &amp;ferme avec des serveurs actifs :</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Keep them running in the tray</source>
        <translation>Les laisser tourner dans la zone de notification</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Les arrêter et quitter</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window stops the servers.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre arrête les serveurs.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>For servers whose project file sets no limit of its own. Applies when a server starts.</source>
        <translation>Pour les serveurs dont le fichier projet ne fixe pas de limite. S’applique au démarrage d’un serveur.</translation>
    </message>
    <message>
        <source>Maximum &amp;rows per server:</source>
        <translation>Nombre maximal de &amp;lignes par serveur :</translation>
    </message>
    <message>
        <source>Maximum &amp;age in days:</source>
        <translation>&amp;Âge maximal en jours :</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 contient %n erreur et n&apos;a pas été ouvert.</numerusform>
            <numerusform>%1 contient %n erreurs et n&apos;a pas été ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json)</source>
        <translation>Projets Yardmaster (*.yard.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Projets Yardmaster (*.yard.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProxyPage</name>
    <message>
        <source>Upstream:</source>
        <translation>Amont&#xa0;:</translation>
    </message>
    <message>
        <source>Upstream URL</source>
        <translation>URL d&apos;amont</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000 (your app&apos;s dev server)</source>
        <translation>http://127.0.0.1:3000 (le serveur de développement de votre application)</translation>
    </message>
    <message>
        <source>Strip the route&apos;s path before forwarding</source>
        <translation>Retirer le chemin de la route avant de transmettre</translation>
    </message>
    <message>
        <source>Send the upstream&apos;s own Host header</source>
        <translation>Envoyer l&apos;en-tête Host propre à l&apos;amont</translation>
    </message>
</context>
<context>
    <name>yard::ui::RedirectPage</name>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>Cible de la redirection</translation>
    </message>
    <message>
        <source>/new-page, /posts/{{params.slug}} or https://example.com/</source>
        <translation>/new-page, /posts/{{params.slug}} ou https://example.com/</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Statut de la redirection</translation>
    </message>
    <message>
        <source>301 or 308: moved for good (308 keeps the method); 302, 303 or 307: for now</source>
        <translation>301 ou 308&#xa0;: déplacé définitivement (308 conserve la méthode)&#x202f;; 302, 303 ou 307&#xa0;: temporairement</translation>
    </message>
    <message>
        <source>Keep the query string</source>
        <translation>Conserver la chaîne de requête</translation>
    </message>
</context>
<context>
    <name>yard::ui::RespondPage</name>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Body file:</source>
        <translation>Fichier du corps&#xa0;:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Text or JSON; {{params.id}} and {{query.q}} are filled in</source>
        <translation>Texte ou JSON&#x202f;; {{params.id}} et {{query.q}} sont remplacés</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Fichier du corps</translation>
    </message>
    <message>
        <source>or a file, such as www/page.html</source>
        <translation>ou un fichier, comme www/page.html</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
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
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>Salon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>WebSocket routes:</source>
        <translation>Routes WebSocket&#xa0;:</translation>
    </message>
    <message>
        <source>none; add a route with the websocket action</source>
        <translation>aucune&#x202f;; ajoutez une route avec l&apos;action websocket</translation>
    </message>
    <message>
        <source>The chat rooms open on this server&apos;s websocket routes, with their members. Select a room to speak in it as &quot;server&quot;, close it (its members are told and removed) or kick a member. Clients join rooms with {&quot;type&quot;:&quot;join&quot;,…}.</source>
        <translation>Les salons de discussion des routes websocket de ce serveur, avec leurs membres. Sélectionnez un salon pour y parler en tant que « server », le fermer (ses membres sont prévenus et retirés) ou expulser un membre. Les clients rejoignent un salon avec {&quot;type&quot;:&quot;join&quot;,…}.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPanel</name>
    <message>
        <source>Chat rooms</source>
        <translation>Salons de discussion</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>Membres du salon sélectionné</translation>
    </message>
    <message>
        <source>Message to the room, sent as &quot;server&quot;</source>
        <translation>Message au salon, envoyé en tant que « server »</translation>
    </message>
    <message>
        <source>Message to the selected room</source>
        <translation>Message au salon sélectionné</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message to the selected room</source>
        <translation>Envoyer le message au salon sélectionné</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>Fermer le salon</translation>
    </message>
    <message>
        <source>Close the selected room and remove its members</source>
        <translation>Fermer le salon sélectionné et en retirer les membres</translation>
    </message>
    <message>
        <source>Kick member</source>
        <translation>Expulser le membre</translation>
    </message>
    <message>
        <source>Disconnect the selected member</source>
        <translation>Déconnecter le membre sélectionné</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is gone; nothing was sent.</source>
        <translation>Le salon « %1 » n’existe plus ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; closed; its members were told.</source>
        <translation>Salon « %1 » fermé ; ses membres ont été prévenus.</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already gone.</source>
        <translation>Le salon « %1 » n’existe déjà plus.</translation>
    </message>
    <message>
        <source>Latest messages of the selected room</source>
        <translation>Derniers messages du salon sélectionné</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteForm</name>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>&quot;*&quot; answers every method</source>
        <translation>&quot;*&quot; répond à toutes les méthodes</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>/api/users/:id, /static/*</source>
        <translation>/api/users/:id, /static/*</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Select a route to edit it, or add one with the + button.</source>
        <translation>Sélectionnez une route pour la modifier, ou ajoutez-en une avec le bouton +.</translation>
    </message>
    <message>
        <source>Edit %1 of route %2</source>
        <translation>Modifier %1 de la route %2</translation>
    </message>
    <message>
        <source>✗ Not applied: the running server and the project keep the last valid version.</source>
        <translation>✗ Non appliqué&#xa0;: le serveur en marche et le projet gardent la dernière version valide.</translation>
    </message>
    <message>
        <source>✗ The running server kept its old routes: %1</source>
        <translation>✗ Le serveur en marche a gardé ses anciennes routes&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Applied to the running server</source>
        <translation>✓ Appliqué au serveur en marche</translation>
    </message>
    <message>
        <source>✓ Valid. Start the server to serve it.</source>
        <translation>✓ Valide. Démarrez le serveur pour la servir.</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteTableModel</name>
    <message>
        <source>Enabled: uncheck to skip this route</source>
        <translation>Activée&#xa0;: décochez pour ignorer cette route</translation>
    </message>
    <message>
        <source>Disabled: check to serve this route again</source>
        <translation>Désactivée&#xa0;: cochez pour servir à nouveau cette route</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>toute méthode</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Enable route %1</source>
        <translation>Activer la route %1</translation>
    </message>
    <message>
        <source>Disable route %1</source>
        <translation>Désactiver la route %1</translation>
    </message>
    <message>
        <source>Move route %1 to position %2</source>
        <translation>Déplacer la route %1 en position %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoutesPage</name>
    <message>
        <source>Routes, in priority order</source>
        <translation>Routes, par ordre de priorité</translation>
    </message>
    <message>
        <source>Filter routes (Ctrl+F)</source>
        <translation>Filtrer les routes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Filtrer les routes</translation>
    </message>
    <message>
        <source>No routes yet — add one with the + button, or open the demo project (resources/demo/demo.yard.json).</source>
        <translation>Aucune route pour l&apos;instant — ajoutez-en une avec le bouton +, ou ouvrez le projet de démonstration (resources/demo/demo.yard.json).</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Ajouter une route</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Supprimer la route</translation>
    </message>
    <message>
        <source>Move up (tried earlier)</source>
        <translation>Monter (essayée plus tôt)</translation>
    </message>
    <message>
        <source>Move down (tried later)</source>
        <translation>Descendre (essayée plus tard)</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>Supprimer la route %1</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer in the project.</source>
        <translation>Le serveur « %1 » n’est plus dans le projet.</translation>
    </message>
    <message>
        <source>Create route from request</source>
        <translation>Créer une route depuis une requête</translation>
    </message>
</context>
<context>
    <name>yard::ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Save this filter under a name, or pick one saved before</source>
        <translation>Enregistrer ce filtre sous un nom, ou en choisir un enregistré</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Supprimer un filtre enregistré</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>yard::ui::SendToConnectionDialog</name>
    <message>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <source>One event to this reader only, sent as the server; the channel&apos;s other readers do not get it.</source>
        <translation>Un événement pour ce lecteur seulement, envoyé par le serveur ; les autres lecteurs du canal ne le reçoivent pas.</translation>
    </message>
    <message>
        <source>One text frame to this client only, sent as the server, exactly as typed.</source>
        <translation>Une trame texte pour ce client seulement, envoyée par le serveur, telle que saisie.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Texte à envoyer</translation>
    </message>
    <message>
        <source>The event&apos;s data; each line becomes a data line</source>
        <translation>Les données de l’événement ; chaque ligne devient une ligne data</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hello&quot;}</source>
        <translation>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;bonjour&quot;}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>An event name is one line of at most 64 bytes.</source>
        <translation>Un nom d’événement tient sur une ligne d’au plus 64 octets.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); it is sent as typed all the same.</source>
        <translation>JSON non valide (%1) ; il est tout de même envoyé tel que saisi.</translation>
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
        <translation>redémarrer pour appliquer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req./s</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: write a port, or HOST:PORT</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse&#xa0;: écrivez un port, ou HOST:PORT</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>Modifier le serveur %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListPanel</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Double-click a name, or a stopped server&apos;s address, to change it</source>
        <translation>Double-cliquez sur un nom, ou sur l&apos;adresse d&apos;un serveur arrêté, pour le modifier</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected server</source>
        <translation>Démarrer le serveur sélectionné</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected server (in-flight requests finish first)</source>
        <translation>Arrêter le serveur sélectionné (les requêtes en cours se terminent d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>Restart the selected server: takes in a new address or limits</source>
        <translation>Redémarrer le serveur sélectionné&#xa0;: prend en compte une nouvelle adresse ou de nouvelles limites</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected server on the next free port</source>
        <translation>Dupliquer le serveur sélectionné sur le prochain port libre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Supprimer le serveur sélectionné</translation>
    </message>
    <message>
        <source>server-%1</source>
        <translation>server-%1</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>Dupliquer le serveur</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Supprimer le serveur</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions&#xa0;:</translation>
    </message>
    <message>
        <source>off for this server</source>
        <translation>désactivées pour ce serveur</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie&#xa0;:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Durée de vie&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected paths:</source>
        <translation>Chemins protégés&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in page:</source>
        <translation>Page de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Who is signed in to this server, and the users who can sign in. Sessions are kept in the data folder, so they outlive a restart.</source>
        <translation>Qui est connecté à ce serveur, et les utilisateurs qui peuvent se connecter. Les sessions sont conservées dans le dossier de données et survivent donc à un redémarrage.</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPanel</name>
    <message>
        <source>Sessions are off for this server. To turn them on, add a &quot;sessions&quot; block to the server in the project file (for example {&quot;protect&quot;: [&quot;/admin&quot;]}); signed-in users and their sessions then appear here.</source>
        <translation>Les sessions sont désactivées pour ce serveur. Pour les activer, ajoutez un bloc &quot;sessions&quot; au serveur dans le fichier de projet (par exemple {&quot;protect&quot;: [&quot;/admin&quot;]})&#x202f;; les utilisateurs connectés et leurs sessions apparaissent alors ici.</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sessions ouvertes</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>Terminer la session sélectionnée</translation>
    </message>
    <message>
        <source>End all</source>
        <translation>Tout terminer</translation>
    </message>
    <message>
        <source>End every session of this server</source>
        <translation>Terminer toutes les sessions de ce serveur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users who can sign in</source>
        <translation>Utilisateurs pouvant se connecter</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>Supprimer l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>The sessions database cannot be opened: %1</source>
        <translation>La base de données des sessions ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the user %1? Their sessions end on every server.</source>
        <translation>Supprimer l&apos;utilisateur %1&#x202f;? Ses sessions se terminent sur tous les serveurs.</translation>
    </message>
    <message>
        <source>Could not remove the user: %1</source>
        <translation>Impossible de supprimer l&apos;utilisateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::SsePage</name>
    <message>
        <source>Server-Sent Events: a client reads the channel its path names below the route (/events/news reads &quot;news&quot;) and resumes after Last-Event-ID.</source>
        <translation>Server-Sent Events : un client lit le canal que nomme son chemin sous la route (/events/news lit « news ») et reprend après Last-Event-ID.</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>Battement toutes les :</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Intervalle de battement</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>Tampon de reprise :</translation>
    </message>
    <message>
        <source>Events kept per channel for reconnecting readers</source>
        <translation>Événements conservés par canal pour les lecteurs qui se reconnectent</translation>
    </message>
    <message>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>Reconnexion après :</translation>
    </message>
    <message>
        <source>Reconnection delay sent to readers</source>
        <translation>Délai de reconnexion envoyé aux lecteurs</translation>
    </message>
    <message>
        <source>browser default</source>
        <translation>défaut du navigateur</translation>
    </message>
    <message>
        <source>POST to a channel publishes an event</source>
        <translation>Un POST sur un canal publie un événement</translation>
    </message>
</context>
<context>
    <name>yard::ui::StaticPage</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Cache for:</source>
        <translation>Cache pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>www (relative to the project file)</source>
        <translation>www (relatif au fichier de projet)</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>Durée du cache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Immutable (files never change under their name)</source>
        <translation>Immuable (les fichiers ne changent jamais sous le même nom)</translation>
    </message>
    <message>
        <source>List folders without an index.html</source>
        <translation>Lister les dossiers sans index.html</translation>
    </message>
    <message>
        <source>Single-page app: unknown paths get index.html</source>
        <translation>Application monopage&#xa0;: les chemins inconnus reçoivent index.html</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>Dossier à servir</translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%1 sur %n serveur en marche</numerusform>
            <numerusform>%1 sur %n serveurs en marche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n connexion ouverte</numerusform>
            <numerusform>%n connexions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests served</source>
        <translation>%1 requêtes servies</translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message>
        <source>Show Yardmaster</source>
        <translation>Afficher Yardmaster</translation>
    </message>
    <message>
        <source>Stop all servers</source>
        <translation>Arrêter tous les serveurs</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster&#xa0;: %1 sur %n serveur en marche</numerusform>
            <numerusform>Yardmaster&#xa0;: %1 sur %n serveurs en marche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TryItPanel</name>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Send this route&apos;s request to the running server</source>
        <translation>Envoyer la requête de cette route au serveur en marche</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copy a curl command line for this request</source>
        <translation>Copier une ligne de commande curl pour cette requête</translation>
    </message>
    <message>
        <source>Start the server to try this route.</source>
        <translation>Démarrez le serveur pour essayer cette route.</translation>
    </message>
    <message>
        <source>Streams and WebSockets are tried with a client, not here.</source>
        <translation>Les flux et les WebSockets s&apos;essaient avec un client, pas ici.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Envoi de %1 %2…</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>
… (only the first %1 KiB shown)</source>
        <translation>
… (seuls les %1 premiers Kio sont affichés)</translation>
    </message>
</context>
<context>
    <name>yard::ui::WebSocketPage</name>
    <message>
        <source>Chat rooms over WebSocket: clients send {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} and messages; every member of a room receives them. History is kept in the data folder across restarts.</source>
        <translation>Salons de discussion sur WebSocket : les clients envoient {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} et des messages ; chaque membre d’un salon les reçoit. L’historique est conservé dans le dossier de données entre les redémarrages.</translation>
    </message>
    <message>
        <source>Allowed rooms:</source>
        <translation>Salons autorisés :</translation>
    </message>
    <message>
        <source>Allowed rooms</source>
        <translation>Salons autorisés</translation>
    </message>
    <message>
        <source>any room; or a pattern such as team-* (* and ? wildcards)</source>
        <translation>tout salon ; ou un motif comme team-* (jokers * et ?)</translation>
    </message>
    <message>
        <source>Rooms per connection:</source>
        <translation>Salons par connexion :</translation>
    </message>
    <message>
        <source>Rooms per connection</source>
        <translation>Salons par connexion</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Message le plus grand :</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Message le plus grand</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>A larger message closes the connection (code 1009)</source>
        <translation>Un message plus grand ferme la connexion (code 1009)</translation>
    </message>
    <message>
        <source>Messages per second:</source>
        <translation>Messages par seconde :</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>History per room:</source>
        <translation>Historique par salon :</translation>
    </message>
    <message>
        <source>History per room</source>
        <translation>Historique par salon</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>Ping a silent client after:</source>
        <translation>Pinger un client silencieux après :</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervalle de ping</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
</TS>

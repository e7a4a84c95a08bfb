<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>A&amp;ccélérateurs</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Lecture du catalogue Windows ML...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>Installation du fournisseur d&apos;exécution... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>Aucun catalogue Windows ML sur cet ordinateur (Windows 11 avec le paquet windowsml)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}&#xa0;: installé</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>Installer {provider} ({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>Installer {provider}&#xa0;?</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML va télécharger et installer le fournisseur d&apos;exécution {provider} (version {version}, certifié pour cet ordinateur).

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML va télécharger et installer le fournisseur d&apos;exécution {provider} (version {version}, non certifié pour cet ordinateur).

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>Source&#xa0;: {source}&#xa0;; paquet {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>C&apos;est la seule fois où l&apos;application demande à Windows d&apos;utiliser le réseau. L&apos;installer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>Installation de {provider} via Windows ML...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider} est installé, mais onnxruntime l&apos;a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} installé et enregistré&#xa0;: la détection redémarre avec lui</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>Posez-moi une question, par exemple&#xa0;: écris un court poème sur ce stand.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>Les trois fonctionnent sur ce portable ({devices}). Rien n&apos;en sort.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}&#xa0;: sous-titres en direct</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp contre onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>Cite trois usages d&apos;une caméra d&apos;ordinateur portable.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>Comparer les réponses : {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>Demander aux deux</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>Poser cette question aux deux côtés (Entrée)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>premier mot {ms} ms · {rate} jetons/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>Préchauffage des deux côtés...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} a répondu {ratio}x plus vite que {slow} ({fast_rate} contre {slow_rate} jetons/s)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>Réponse, un côté après l&apos;autre...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les chats</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>Supprimer le chat sélectionné de cet ordinateur</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>Enregistrer le chat sélectionné en Markdown</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer le chat</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>Supprimer cette conversation de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Exporter le chat en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>Chat exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · contexte {context} · {engine} sur {device}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>Moteur d&apos;inférence : Auto prend onnxruntime-genai là où une variante du modèle atteint le NPU ou le GPU, sinon le moteur le plus rapide sur ce CPU (mesuré une fois) ; llama.cpp pour un fichier GGUF</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}&#xa0;: indisponible</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>Modèle (Ctrl+Shift+O ouvre un fichier GGUF)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>Modèle de chat&#xa0;: {model}, {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>recherche du modèle de chat que cet ordinateur fait tourner avec fluidité...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (fourni)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>Ouvrir un modèle...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>Ouvrir un dossier de modèle (onnxruntime-genai, MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>Ouvrir un dossier de modèle onnxruntime-genai ou MLC</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto mesure les moteurs une seule fois sur un nouvel ordinateur)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>chargement de {model}...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> ({model} reste chargé)</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Posez une question. Enter envoie, Shift+Enter passe à la ligne.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>un modèle de langage sur ce portable</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>L&apos;historique des chats est de nouveau enregistré</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>Température (0 = déterministe)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>Répondre de nouveau au dernier message (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Copier la dernière réponse (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>Modèle de chat prêt&#xa0;: {model} sur {device}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>Le modèle est encore en cours de chargement&#xa0;; votre message reste dans la zone de saisie</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>lecture de la question...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>génération · {rate} tokens/s en moyenne · 95&#xa0;% des tokens en {ms} ms maximum · {tokens} tokens</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>jusqu&apos;au premier mot</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>La réponse s&apos;est arrêtée : un autre modèle a été chargé</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>Vérification des questions du stand auxquelles ce modèle répond correctement...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Réponse copiée</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU contre accélérateur (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 contre INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>Comparaison&#xa0;: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>chargement...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>Chargement et préchauffage des deux côtés...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Aucun second appareil</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>énergie&#xa0;: mesure de la consommation au repos, rien ne tourne (encore {seconds} s)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>énergie&#xa0;: mesure de {side} seul (encore {seconds} s)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>{watts} W en ce moment</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} consomme {ratio}x moins d&apos;énergie par image ({low} contre {high} mJ, moyenne sur {seconds} s chacun, {idle} W au repos déduits)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>énergie&#xa0;: {side} consomme {mj} mJ par image ({watts} W au-dessus des {idle} W au repos, moyenne sur {seconds} s)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>énergie&#xa0;: trop proche de la consommation au repos pour la mesurer ({idle} W au repos, moyenne sur {seconds} s)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>énergie&#xa0;: sur secteur, débranchez le chargeur pour la mesurer</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>énergie&#xa0;: seul un administrateur peut lire les compteurs de puissance de cet ordinateur</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>énergie&#xa0;: la mesure de puissance s&apos;est arrêtée avant d&apos;aboutir</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>énergie&#xa0;: cet ordinateur n&apos;indique pas sa consommation</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · rien à quoi le comparer sur cet ordinateur · {frames} images</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>accélération {speedup}x · concordance {agreement} · {frames} images</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>Où le modèle s&apos;exécute : Auto choisit le NPU, puis le GPU, puis le CPU ; « Meilleur NPU » le meilleur fournisseur d&apos;un type d&apos;appareil ; ou un fournisseur précis</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} choisit lui-même où exécuter le modèle</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>Meilleur {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name} (introuvable sur cette machine)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>Aucun problème pendant cette session.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>Également enregistré dans {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>Impossible d&apos;écrire dans le dossier du journal&#xa0;: les événements ne sont conservés qu&apos;ici</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>En trois points courts, pourquoi faire tourner l’IA sur un ordinateur portable protège-t-il la vie privée ?</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>Code PIN pour quitter le mode kiosque (Esc annule)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>Code PIN incorrect. Code PIN pour quitter le mode kiosque (Esc annule)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>Fonctionne sur ce portable. Rien n&apos;en sort. Scannez pour en savoir plus.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amharique</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>assamais</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azerbaïdjanais</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>bachkir</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>biélorusse</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>tibétain</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>breton</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bosniaque</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>gallois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>basque</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>féroïen</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galicien</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>goudjarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>haoussa</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>hawaïen</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>créole haïtien</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>javanais</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazakh</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>khmer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luxembourgeois</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>lao</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>malgache</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>maori</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macédonien</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>mongol</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>marathi</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malais</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltais</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birman</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>népalais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>norvégien nynorsk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>occitan</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>pendjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pachto</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>sanskrit</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>sindhi</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>cingalais</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>soundanais</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>télougou</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>tadjik</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>turkmène</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalog</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>tatar</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ouzbek</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamien</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>yiddish</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>yoruba</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Détection d&apos;objets en direct, transcription de la parole et assistant de chat, entièrement exécutés sur cet ordinateur, sur le meilleur accélérateur disponible (NPU, puis GPU, puis CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Confidentialité&#xa0;:&lt;/b&gt; rien n&apos;est envoyé sur le réseau. Les images ne quittent jamais cet ordinateur.&lt;/p&gt;&lt;p&gt;Modèles&#xa0;: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0)&#xa0;; SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) dans onnxruntime-genai ou llama.cpp&#xa0;; Whisper base (OpenAI, MIT) dans onnxruntime-genai ou faster-whisper&#xa0;; vosk (Apache-2.0) avec un modèle vosk, s&apos;il y en a un d&apos;installé. L&apos;historique des chats reste dans un fichier SQLite local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>Mémoire utilisée actuellement par l&apos;application et ses processus de moteur, modèles compris</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Tout fonctionne sur cet ordinateur.&lt;/b&gt; Rien de ce que vous montrez, dites ou tapez n&apos;est envoyé nulle part&#xa0;: ni compte, ni cloud, ni télémétrie. Paramètres&#xa0;: &lt;code&gt;{settings}&lt;/code&gt;&#xa0;; historique des chats&#xa0;: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>Ne plus afficher cette note</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>&amp;Ouvrir une vidéo ou une image...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>Ouvrir un &amp;modèle de détection...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>Utiliser le détecteur &amp;intégré</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>Enregistrer l&apos;&amp;instantané</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>&amp;Parole</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>&amp;Tableau de bord (les trois)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>&amp;Démarrer / arrêter la détection</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>Co&amp;mparer CPU et accélérateur</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>Comparer FP32 et &amp;INT8</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>Comparer les &amp;réponses : CPU contre accélérateur</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>Comparer les réponses : llama.cpp contre onnxruntime-&amp;genai</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>Comparer les &amp;transcriptions : CPU contre accélérateur</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>Comparer les transcriptions : faster-&amp;whisper contre onnxruntime-genai</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>Fenêtre des s&amp;ous-titres en direct</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>Mode &amp;kiosque (stand)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Journal des événements</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>La fenêtre utilisera {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>Exporter le rapport de session dans...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>Écriture du rapport dans {folder}...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapport enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>Mémoire {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>À propos de {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>Le tableau de bord occupe cet écran, les menus et les onglets sont masqués, et les démos tournent seules quand personne n&apos;est au stand. Quittez avec {chord} (et le code PIN, s&apos;il est défini) : l&apos;application se ferme alors.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>Réseau&#xa0;: vérification...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>Réseau&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>Impossible de lire les connexions de l&apos;application auprès du système&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>Réseau&#xa0;: 0 connexion</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>Lu en direct auprès du système toutes les 2 s&#xa0;: {processes} processus de l&apos;application, aucune connexion Internet ouverte ou en écoute.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>Réseau&#xa0;: 1 connexion&#xa0;: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>Réseau&#xa0;: {count} connexions&#xa0;: {first} (+{more} autres)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>vélo</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>avion</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>bus</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>camion</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>bateau</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>feu de circulation</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>bouche d’incendie</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>panneau stop</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>parcmètre</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>banc</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>oiseau</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>chien</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>cheval</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>mouton</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>vache</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>éléphant</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>ours</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>zèbre</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>girafe</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>sac à dos</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>parapluie</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>sac à main</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>cravate</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>valise</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>frisbee</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>skis</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>snowboard</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>ballon</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>cerf-volant</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>batte de baseball</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>gant de baseball</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>skateboard</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>planche de surf</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>raquette de tennis</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>bouteille</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>verre à vin</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>tasse</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>couteau</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>cuillère</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>bol</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>banane</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>pomme</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>sandwich</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>brocoli</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>carotte</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>hot-dog</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>beignet</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>gâteau</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chaise</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>canapé</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>plante en pot</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>lit</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>table à manger</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>toilettes</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>télévision</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ordinateur portable</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>souris</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>télécommande</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>téléphone portable</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>micro-ondes</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>four</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>grille-pain</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>évier</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>réfrigérateur</translation>
    </message>
    <message>
        <source>book</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>horloge</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>vase</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>ciseaux</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>ours en peluche</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>sèche-cheveux</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>brosse à dents</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>Tous les pipelines à la fois&#xa0;: l&apos;écran du salon (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}&#xa0;: la vidéo de démonstration est affichée à la place</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Caméra {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>Aucune caméra à l&apos;indice {index}</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>choisissez une autre caméra ou la vidéo de démonstration</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} ne fournit plus d&apos;images (débranchée ou utilisée par une autre application&#xa0;?)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Image introuvable : {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>L&apos;image n&apos;est pas un fichier : {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>L&apos;image est vide : {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>Fichier vidéo introuvable : {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>La vidéo n&apos;est pas un fichier : {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>Le fichier vidéo est vide : {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>Pas une image qu&apos;OpenCV sait décoder (tronquée ou d&apos;un autre format ?) : {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>Pas une vidéo qu&apos;OpenCV sait ouvrir : {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>Le fichier vidéo n&apos;a aucune image qu&apos;OpenCV sait décoder : {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>Le fichier vidéo ne fournit plus d&apos;images (endommagé ?) : {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>Le fichier vidéo a disparu pendant la lecture : {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>pas de version de {package} pour {platform}</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} n&apos;est pas installé</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>aucun moteur vocal&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>aucun moteur de chat&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>Le moteur {engine} ne peut pas tourner sur cette machine&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}&#xa0;: l&apos;enregistrement de démonstration est lu à la place</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>Entrée audio indisponible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>Fichier audio introuvable : {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>Le fichier audio est vide ou n&apos;est pas un fichier : {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>Le fichier audio est tronqué ({present} octets de données sur {size}) : {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>Aucun flux audio dans {path}</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>Pas un fichier audio que FFmpeg sait décoder : {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>lisez plutôt l&apos;enregistrement de démonstration</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>Impossible d&apos;ouvrir le microphone ({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>une autre application l&apos;utilise peut-être&#xa0;; essayez l&apos;enregistrement de démonstration</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>Le microphone «&#xa0;{name}&#xa0;» ne fournit plus de son (débranché&#xa0;?)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>les mots déjà transcrits sont conservés&#xa0;; essayez l&apos;enregistrement de démonstration</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>aucun microphone trouvé</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM n&apos;est pas installé ({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM a besoin d&apos;un dossier de modèle compilé</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>ouvrez-en un avec Ouvrir un dossier de modèle... (--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>le moteur pour lequel ce fichier de modèle est fait</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} n&apos;est pas un dossier de modèle de chat</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>choisissez un fichier GGUF pour llama.cpp, un dossier onnxruntime-genai avec genai_config.json ou un dossier MLC LLM compilé avec mlc-chat-config.json</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai l’exécute sur le {accelerator}</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>le seul moteur installé pour lui</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>l’autre moteur ne peut pas l’exécuter ici ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>le plus rapide ici sur le CPU (mesuré une fois : {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} nœuds</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>surtout sur le CPU : le {device} ({provider}) a pris {ran} nœuds sur {total}, {share} du temps</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>repli depuis {fallbacks}</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>vrai streaming avec le modèle vosk anglais</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>Aucun modèle vosk anglais n&apos;est installé</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>ouvrez un dossier de modèle vosk (--model DIR) ou utilisez Whisper (--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} n&apos;est pas un dossier de modèle vocal</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>choisissez un dossier de modèle vosk (avec am/ et conf/), un dossier faster-whisper (model.bin, config.json) ou un Whisper onnxruntime-genai (genai_config.json)</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>{count} message(s) le(s) plus ancien(s) omis pour tenir dans le contexte</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>votre message a été tronqué pour tenir dans le contexte</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>réflexion...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>interrompu : la réponse a été coupée</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>arrêté : le modèle s’est mis à se répéter</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>premier jeton {ms} ms · {rate} jetons/s · {tokens} jetons · {engine} sur {device}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>arrêté à la limite de {tokens} jetons</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>Aucun NPU ni GPU utilisable par cette application sur cet ordinateur : le CPU est le seul appareil ici</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>Le pipeline « {pipeline} » n’a rien produit pendant {seconds} s</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>moteur de chat</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>Le {name} a été fermé</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>Le travail du {name} a été arrêté</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>Le {name} n’a plus répondu pendant {seconds} s et a été arrêté</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>Le {name} s’est arrêté de façon inattendue ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>moteur vocal</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>un fichier GGUF est attendu</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>Ce n&apos;est pas un modèle GGUF : {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp a besoin d&apos;un fichier .gguf</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} a besoin d&apos;environ {needed} Gio, mais seuls {free} Gio de mémoire sont libres</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>fermez d&apos;autres applications ou choisissez un modèle plus petit</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp n&apos;a pas pu charger {path}</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} n&apos;est pas un détecteur que cette application sait décoder (architecture &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>un modèle ONNX construit par &apos;edge-showcase models build&apos; est attendu ({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>un dossier de modèle onnxruntime-genai est attendu</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} ne contient pas {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>ce n&apos;est pas un dossier de modèle onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>{folder} : il manque {part} ({file})</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>reconstruisez-le ou téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} n&apos;est pas un modèle ONNX valide (corrompu ou tronqué)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>Fichier de modèle introuvable : {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>Dossier de modèle introuvable : {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>lancez &apos;edge-showcase models build&apos; ou choisissez-en un autre</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>Le chemin du modèle n&apos;est pas un dossier : {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>Le chemin du modèle n&apos;est pas un fichier : {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>Le fichier de modèle est vide : {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>un modèle ONNX est attendu</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} n&apos;est pas encore construit ({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>lancez une fois &apos;edge-showcase models build&apos;</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} ne correspond pas à la somme de contrôle notée à sa construction (endommagé ?)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>lancez &apos;edge-showcase models build --force&apos;</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>Dossier de modèle vosk introuvable : {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>un dossier avec am/, conf/, graph/ est attendu</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} n&apos;est pas un dossier de modèle vosk (il manque {missing})</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>téléchargez un modèle depuis la page des modèles vosk</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk n&apos;a pas pu charger le modèle dans {folder} (un fichier manquant ou endommagé ?)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk ne sait pas traduire</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>utilisez un moteur Whisper pour traduire en anglais</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>Ce modèle vosk ne comprend que {language}, pas {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>utilisez un moteur Whisper, ou un modèle vosk de cette langue</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Dossier de modèle Whisper introuvable : {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>lancez &apos;edge-showcase models build&apos; ou choisissez un dossier faster-whisper</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} n&apos;est pas un dossier de modèle faster-whisper (il manque {missing})</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper n&apos;a pas pu charger {folder} (endommagé ?)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>Impossible de lire {path} ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>Impossible d&apos;enregistrer {path} ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>choisissez un autre dossier ou libérez de l&apos;espace</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>Ce modèle Whisper ne connaît que l&apos;anglais</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>choisissez un modèle Whisper multilingue</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} ne peut pas choisir la langue</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>utilisez un moteur Whisper</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} choisit lui-même où exécuter le modèle : il ne peut pas s&apos;exécuter sur un appareil choisi</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>laissez le moteur choisir l&apos;appareil (Auto : ni --provider ni --device), ou utilisez un modèle onnxruntime-genai</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} n&apos;est pas disponible sur cette machine</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>Aucun {device} utilisable par cette application sur cette machine</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>choisissez Auto ou l&apos;un de ceux présents ici : {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>le seul modèle de chat disponible</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>le meilleur modèle que cet ordinateur fait tourner avec fluidité&#xa0;: {rate} (fluide dès {fluent})</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>aucun modèle n’atteint {fluent} ici&#xa0;; le plus rapide&#xa0;: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>Micro, enregistrement de démo ou fichier audio</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>Auto&#xa0;: vosk avec un modèle anglais, sinon le moteur Whisper qui atteint le NPU / GPU, sinon le plus rapide ici&#xa0;; Whisper dans onnxruntime-genai (NPU / GPU / CPU) ou faster-whisper&#xa0;; vosk&#xa0;; ou un dossier de modèle</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>Aucun modèle vosk anglais n&apos;est installé (les programmes d&apos;installation en incluent un)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>Ouvrir un dossier de modèle...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>La langue parlée&#xa0;: Auto la détecte à chaque phrase&#xa0;; une langue fixe évite la détection (Whisper&#xa0;; vosk entend la langue de son modèle)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>Auto (détecter)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traduire en anglais</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Traduction de Whisper&#xa0;: les sous-titres en anglais, quelle que soit la langue parlée</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>Enregistrement de démo (LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>Micro&#xa0;: par défaut du système</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Micro&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>Ouvrir un fichier audio...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>Parole : le micro choisi la dernière fois n&apos;est pas branché ; l&apos;enregistrement de démo est choisi</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>Parole&#xa0;: {reason}&#xa0;; l&apos;enregistrement de démo fonctionne sans micro</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Ouvrir un fichier audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>Ouvrir un dossier de modèle vosk, faster-whisper ou Whisper onnxruntime-genai</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper contre onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>Comparer les transcriptions : {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>Écouter à nouveau</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>Les deux côtés écoutent à nouveau l&apos;enregistrement de démonstration</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · taux d&apos;erreur de mots {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} l&apos;a entendu {ratio}x plus vite que {slow} (RTF {fast_rtf} contre {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>Écoute de l&apos;enregistrement de démonstration, un côté après l&apos;autre...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>partiel {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>final {latency} après la parole</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>{seconds} s entendues</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>plus lent que le temps réel</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → anglais</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>langue choisie</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>détectée {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>jusqu&apos;au texte final</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>plus vite que le temps réel</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>Entend</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>la parole en texte, au fil des mots</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>La transcription est de nouveau enregistrée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>Démarrer ou arrêter l&apos;écoute (Space)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>Appuyer pour parler&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>Activé, le micro n&apos;est entendu que tant que F8 est maintenue (les fichiers et la démo sont lus en entier)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>Effacer la transcription</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Enregistrer...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>Enregistrer en .txt ou en sous-titres .srt (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>Grands sous-titres en direct dans une fenêtre à part (F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>Lire l&apos;enregistrement de démo</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>Transcrire l&apos;enregistrement fourni avec le même pipeline</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>pas à l&apos;écoute</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto mesure les moteurs une seule fois sur un nouvel ordinateur)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>chargement du modèle vocal...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>chargé en {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}, à l&apos;écoute...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>Parole&#xa0;: {engine}, {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>Appuyer pour parler&#xa0;: activé (maintenir F8)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transcription copiée</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>Supprimer les {count} phrases de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>Texte (*.txt);;Sous-titres (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>Transcription enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>Enregistrement de la transcription dans {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — les mots déjà transcrits sont conservés.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU contre accélérateur</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>chargement...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>Chargement des deux côtés...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>Seulement le CPU ici : rien à lui comparer sur cette machine</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Pas de second appareil</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline}&#xa0;: indisponible sur cet ordinateur&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;Les autres pipelines fonctionnent normalement.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>Provenance des images (Ctrl+O ouvre un fichier)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>Accélérateur uniquement&#xa0;: un fournisseur qui ne peut pas exécuter lui-même tous les nœuds est ignoré au lieu de confier des nœuds au CPU (pour les démos qui ne doivent pas se rabattre discrètement sur le CPU)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>Précision du détecteur intégré&#xa0;: Auto donne INT8 aux NPU, FP32 aux GPU et INT8 au CPU là où il s&apos;est montré plus rapide et en accord avec FP32</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>Seuil de score ([ et ] l&apos;ajustent)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU&#xa0;: les boîtes d&apos;une même classe qui se chevauchent davantage sont fusionnées</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>Vidéo de démo (passants)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Caméra {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>Ouvrir un fichier...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>Caméras trouvées&#xa0;: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>Ouvrir une vidéo ou une image</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Vidéos et images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>Seuil {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>attente capture</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>prétraitement</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inférence</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>décodage+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>affichage</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>image-&gt;résultat</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>traitement {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possibles · {shown} FPS affichés</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (cadence de la source)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>images abandonnées {count} (la plus récente l&apos;emporte)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · préchauffage {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>chargement du modèle...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>par image</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>images/s possibles</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>Voit</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>les objets dans la vidéo en direct</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>Les instantanés sont de nouveau enregistrés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>Démarrer ou arrêter la détection (Space)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>Enregistrer l&apos;image annotée en PNG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>Ouvrir un détecteur ONNX</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>Détecteurs ONNX (*.onnx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>Chargement du modèle et préchauffage du fournisseur...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{model} sur {device}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>En attente de la première image...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (le modèle précédent est conservé)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>Aucune image à enregistrer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Instantané enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>Passage au fournisseur CPU et à la vidéo de démo.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. Échecs répétés&#xa0;: plus de redémarrage automatique. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}&#xa0;; redémarrage dans {seconds} s</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>Choisissez un modèle plus petit, un autre moteur ou Auto dans la liste des appareils pour réessayer.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>Passage à l&apos;enregistrement de démo, sur l&apos;appareil que choisit Auto.</translation>
    </message>
</context>
</TS>

/* Map of initiatives (MapPage). Progressive enhancement: the page already lists every sheet by
 * commune, and its theme form works without JavaScript (the server hides the other sheets).
 * This script draws the sheets on a Leaflet map above the list, groups close markers into
 * clusters (Leaflet.markercluster), and applies the theme as soon as it is chosen: markers and
 * list are filtered in place, the count is announced (aria-live), the address bar follows, and
 * the form's button is hidden. Markers, labels and tile settings come from json_script
 * elements; the marker images' URLs from data attributes written with {% static %}, since
 * Leaflet cannot guess them once static files carry hashes. No inline script (CSP). */
(function () {
    "use strict";

    function readJson(id) {
        var element = document.getElementById(id);
        return element ? JSON.parse(element.textContent) : null;
    }

    function format(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (whole, name) {
            return name in values ? String(values[name]) : whole;
        });
    }

    function plural(forms, count) {
        var rule = "other";
        try {
            rule = new Intl.PluralRules(document.documentElement.lang || "fr").select(count);
        } catch (error) { rule = count > 1 ? "other" : "one"; }
        return format(forms[rule] || forms.other, { counter: count });
    }

    /* Several sheets of one commune share its town-hall point: spread them on a small spiral so
     * each marker can be clicked once the cluster opens. */
    function spread(markers) {
        var seen = {};
        return markers.map(function (marker) {
            var key = marker.lat.toFixed(5) + "," + marker.lng.toFixed(5);
            var rank = seen[key] || 0;
            seen[key] = rank + 1;
            if (!rank) { return [marker.lat, marker.lng]; }
            var angle = rank * 2.399963;  /* golden angle */
            var radius = 0.0025 * Math.sqrt(rank);
            return [marker.lat + radius * Math.sin(angle), marker.lng + radius * 1.5 * Math.cos(angle)];
        });
    }

    function popupContent(marker, labels) {
        var box = document.createElement("div");
        box.className = "map-popup";
        var title = document.createElement("a");
        title.href = marker.url;
        title.className = "map-popup__title";
        title.textContent = marker.title;
        box.appendChild(title);
        var lines = [
            marker.commune + (marker.years ? " · " + marker.years : ""),
            labels.status + " : " + marker.status
        ];
        if (marker.themes.length) { lines.push(labels.themes + " : " + marker.themes.join(", ")); }
        lines.forEach(function (text) {
            var line = document.createElement("p");
            line.textContent = text;
            box.appendChild(line);
        });
        return box;
    }

    /* Leaflet's default icon guesses its folder from leaflet.css, which fails with hashed file
     * names: give it the exact URLs. */
    function setIconUrls(container) {
        var data = container.dataset;
        if (!data.iconUrl) { return; }
        window.L.Icon.Default.imagePath = "";
        window.L.Icon.Default.mergeOptions({
            iconUrl: data.iconUrl,
            iconRetinaUrl: data.iconRetinaUrl || data.iconUrl,
            shadowUrl: data.shadowUrl || ""
        });
    }

    function drawMap(container, markers, config) {
        var labels = {
            status: container.dataset.popupStatus || "État",
            themes: container.dataset.popupThemes || "Thèmes"
        };
        setIconUrls(container);
        /* maxZoom on the map itself: without a tile layer (MAP_TILE_URL empty) the clusters need it. */
        var map = window.L.map(container, { scrollWheelZoom: false, maxZoom: 18 });
        if (config.tileUrl) {
            window.L.tileLayer(config.tileUrl, {
                attribution: config.attribution || "",
                maxZoom: 18
            }).addTo(map);
        } else {
            container.classList.add("initiatives-map--no-tiles");
        }
        var positions = spread(markers);
        var layers = markers.map(function (marker, index) {
            return window.L.marker(positions[index], { title: marker.title, alt: marker.title, keyboard: true })
                .bindPopup(popupContent(marker, labels));
        });
        var group = window.L.markerClusterGroup
            ? window.L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 })
            : window.L.featureGroup();
        group.addTo(map);

        function show(visible) {
            group.clearLayers();
            var chosen = layers.filter(function (layer, index) { return visible(markers[index]); });
            if (group.addLayers) { group.addLayers(chosen); } else { chosen.forEach(function (l) { group.addLayer(l); }); }
            if (chosen.length) {
                var bounds = window.L.latLngBounds(chosen.map(function (layer) { return layer.getLatLng(); }));
                map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
            } else {
                map.setView([48.15, -0.65], 9);
            }
        }
        show(function (marker) { return marker.shown !== false; });
        return show;
    }

    /* The theme form: filter the list (and the map) in place on change. */
    function enhanceFilter(form, showMarkers, labelsText) {
        var select = form.querySelector("select");
        var list = document.querySelector(".map-list");
        var count = document.getElementById("map-results-count");
        if (!select || !list || !count || !labelsText) { return; }
        var button = form.querySelector("[data-map-filter-submit]");
        var reset = form.querySelector("[data-map-filter-reset]");
        var empty = list.querySelector("[data-map-empty]");
        if (button) { button.hidden = true; }

        function apply() {
            var slug = select.value;
            var name = slug ? select.options[select.selectedIndex].text.replace(/\s*\(\d+\)$/, "") : "";
            var total = 0;
            list.querySelectorAll(".map-list__commune").forEach(function (section) {
                var shown = 0;
                section.querySelectorAll("li[data-themes]").forEach(function (item) {
                    var match = !slug || item.dataset.themes.split(" ").indexOf(slug) !== -1;
                    item.hidden = !match;
                    if (match) { shown += 1; }
                });
                section.hidden = !shown;
                var badge = section.querySelector(".map-list__count");
                if (badge) { badge.textContent = "(" + plural(labelsText.sheets, shown) + ")"; }
                total += shown;
            });
            if (empty) { empty.hidden = total > 0; }
            if (reset) { reset.hidden = !slug; }
            count.textContent = plural(labelsText.count, total) +
                (slug ? " · " + format(labelsText.theme, { theme: name }) : "");
            if (showMarkers) {
                showMarkers(function (marker) { return !slug || marker.themeSlugs.indexOf(slug) !== -1; });
            }
            if (window.history && window.history.replaceState) {
                var url = new URL(window.location.href);
                if (slug) { url.searchParams.set(select.name, slug); } else { url.searchParams.delete(select.name); }
                window.history.replaceState(null, "", url.toString());
            }
        }
        select.addEventListener("change", apply);
    }

    function init() {
        var container = document.getElementById("initiatives-map");
        var markers = readJson("map-markers");
        var config = readJson("map-config") || {};
        var showMarkers = null;
        if (container && markers && window.L) {
            showMarkers = drawMap(container, markers, config);
        } else if (container) {
            container.hidden = true;  // Leaflet did not load: no empty box above the list
        }
        var form = document.querySelector("form[data-map-filter]");
        if (form) { enhanceFilter(form, showMarkers, readJson("map-labels")); }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());

# parley.bash: bash completion of the parley command, installed as
# share/bash-completion/completions/parley (or: source completion/parley.bash).
# The options, their short forms and which of them take a value are read from
# `parley --help` at each completion, so they follow the program; the values
# of options with a fixed set (formats, layouts, views...) are listed here and
# checked against the man page and the program by tests/e2e/test_completion.py.
# It needs bash alone, not the bash-completion package.

# The fixed values of an option (long name without "--"), one per line;
# $2 is "merge" for the options of `parley merge`.
_parley_values()
{
    if [[ $2 == merge && $1 == input-format ]]; then
        printf '%s\n' json jsonl
        return
    fi
    case $1 in
        format) printf '%s\n' dot svg json graphml gexf csv png pdf html ;;
        layout) printf '%s\n' dot neato fdp sfdp circo twopi ;;
        input-format) printf '%s\n' text jsonl ;;
        json-style) printf '%s\n' jgf node-link cytoscape ;;
        view) printf '%s\n' full countries officials meetings timeline ;;
        page) printf '%s\n' a4 letter a3 16:9 ;;
        timeline-rows) printf '%s\n' states officials ;;
        status) printf '%s\n' held planned cancelled ;;
        theme) printf '%s\n' light dark ;;
        cluster-by) printf '%s\n' country none ;;
    esac
}

# Options whose value is a comma-separated list of fixed values.
_parley_is_list()
{
    [[ $1 == format || $1 == status ]]
}

# Lines "SHORT LONG ARG" for each option of `CMD [merge] --help` ("-f format
# FORMAT", "- strict -": '-' for none); $2 is "merge" or empty.
_parley_help_options()
{
    local cmd=$1 line
    [[ $cmd == "~/"* ]] && cmd=$HOME/${cmd#"~/"}
    while IFS= read -r line; do
        # "  -f, --format=FORMAT" or "      --strict"; the help text under
        # an option is indented further.
        if [[ $line =~ ^\ \ (-([A-Za-z]),\ |\ \ \ \ )--([a-z][a-z-]*[a-z])(=([A-Za-z_]+))? ]]; then
            printf '%s %s %s\n' "${BASH_REMATCH[2]:--}" "${BASH_REMATCH[3]}" \
                "${BASH_REMATCH[5]:--}"
        fi
    done < <("$cmd" ${2:+"$2"} --help 2>/dev/null)
}

# Sets COMPREPLY to the words of the newline-separated list $2 that start
# with $1, each with $3 in front (the part of a comma list already typed).
_parley_reply()
{
    local word
    COMPREPLY=()
    while IFS= read -r word; do
        [[ -n $word && $word == "$1"* ]] && COMPREPLY+=("$3$word")
    done <<< "$2"
}

# Completes a value of option $1 (long name) from the typed $2; $3 is
# "merge" for the options of `parley merge`.
_parley_value()
{
    local opt=$1 cur=$2 sub=$3 done=""
    case $opt in
        output)
            if [[ $sub == merge ]]; then  # merge writes one file
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                compopt -o filenames 2>/dev/null
                return
            fi
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            [[ -z $cur || $cur == - ]] && COMPREPLY+=(-)
            compopt -o filenames 2>/dev/null
            return ;;
        gazetteer)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            compopt -o filenames 2>/dev/null
            return ;;
    esac
    if _parley_is_list "$opt" && [[ $cur == *,* ]]; then
        done=${cur%,*},
        cur=${cur##*,}
    fi
    _parley_reply "$cur" "$(_parley_values "$opt" "$sub")" "$done"
    # "dot," goes on with the next format, not a space.
    if _parley_is_list "$opt"; then
        compopt -o nospace 2>/dev/null
    fi
}

_parley()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev="" cmd=${COMP_WORDS[0]}
    local i opt="" prefix="" sub="" files_only=0
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

    # "parley merge ..." has options of its own; after "--" every word is a file.
    ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[1]} == merge ]] && sub=merge
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -- ]] && files_only=1
    done
    local options
    options=$(_parley_help_options "$cmd" "$sub")

    # "--format=j": bash splits at '=' into "--format" "=" "j" (or hands us
    # "--format=j" whole when '=' is not in COMP_WORDBREAKS).
    if ((files_only)); then
        :
    elif [[ $cur == --*=* ]]; then
        prefix=${cur%%=*}=
        opt=${prefix#--}
        opt=${opt%=}
        cur=${cur#*=}
    elif [[ $cur == = && $prev == --* ]]; then
        opt=${prev#--}
        cur=""
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        opt=${COMP_WORDS[COMP_CWORD - 2]}
        opt=${opt#--}
    elif [[ $prev == --* && -n $(_parley_values "${prev#--}" "$sub") ]]; then
        opt=${prev#--}  # an option with fixed values takes one
    elif [[ $prev == -* ]]; then
        # "-f j" or "--output d": only for options that take a value.
        while read -r short long arg; do
            if [[ $arg != - && ($prev == "--$long" || ($short != - && $prev == "-$short")) ]]; then
                opt=$long
            fi
        done <<< "$options"
    fi
    if [[ -n $opt ]]; then
        _parley_value "$opt" "$cur" "$sub"
        # The word replaced is all of "--format=j": keep its "--format=".
        [[ -n $prefix ]] && COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
        return
    fi

    if [[ $cur == -* ]] && ((!files_only)); then
        local longs=""
        while read -r short long arg; do
            [[ -n $long ]] && longs+="--$long"$'\n'
        done <<< "$options"
        _parley_reply "$cur" "$longs" ""
        return
    fi

    # Files: articles, or for "parley merge" the JSON graphs (and the
    # directories on the way to them); "merge" itself as the first word.
    if [[ $sub == merge ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        if ((COMP_CWORD == 1)) && [[ merge == "$cur"* ]]; then
            COMPREPLY+=(merge)
        fi
    fi
    compopt -o filenames 2>/dev/null
}

complete -F _parley parley

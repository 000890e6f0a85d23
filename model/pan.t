#ifdef PEG
struct T_SRC {
	char *fl; int ln;
} T_SRC[NTRANS];

void
tr_2_src(int m, char *file, int ln)
{	T_SRC[m].fl = file;
	T_SRC[m].ln = ln;
}

void
putpeg(int n, int m)
{	printf("%5d	trans %4d ", m, n);
	printf("%s:%d\n",
		T_SRC[n].fl, T_SRC[n].ln);
}
#endif

void
settable(void)
{	Trans *T;
	Trans *settr(int, int, int, int, int, char *, int, int, int);

	trans = (Trans ***) emalloc(7*sizeof(Trans **));

	/* proctype 5: recovered */

	trans[5] = (Trans **) emalloc(14*sizeof(Trans *));

	trans[5][6]	= settr(887,0,5,1,0,".(goto)", 0, 2, 0);
	T = trans[5][5] = settr(886,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(886,0,1,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(886,0,3,0,0,"DO", 0, 2, 0);
	trans[5][1]	= settr(882,0,10,3,0,"(!(((((qemu[((0*3)+0)]||qemu[((0*3)+1)])||qemu[((0*3)+2)])&&((qemu[((1*3)+0)]||qemu[((1*3)+1)])||qemu[((1*3)+2)]))&&(((!(up[0])||daemon[0])&&(!(up[1])||daemon[1]))&&(!(up[2])||daemon[2])))))", 1, 2, 0);
	trans[5][2]	= settr(883,0,10,1,0,"goto accept_S9", 0, 2, 0);
	trans[5][3]	= settr(884,0,5,1,0,"(1)", 0, 2, 0);
	trans[5][4]	= settr(885,0,5,1,0,"goto T0_init", 0, 2, 0);
	trans[5][7]	= settr(888,0,10,1,0,"break", 0, 2, 0);
	trans[5][11]	= settr(892,0,10,1,0,".(goto)", 0, 2, 0);
	T = trans[5][10] = settr(891,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(891,0,8,0,0,"DO", 0, 2, 0);
	trans[5][8]	= settr(889,0,5,1,0,"(1)", 0, 2, 0);
	trans[5][9]	= settr(890,0,5,1,0,"goto T0_init", 0, 2, 0);
	trans[5][12]	= settr(893,0,13,1,0,"break", 0, 2, 0);
	trans[5][13]	= settr(894,0,0,4,4,"-end-", 0, 3500, 0);

	/* proctype 4: neverTwice */

	trans[4] = (Trans **) emalloc(11*sizeof(Trans *));

	trans[4][7]	= settr(878,0,6,1,0,".(goto)", 0, 2, 0);
	T = trans[4][6] = settr(877,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(877,0,3,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(877,0,4,0,0,"DO", 0, 2, 0);
	T = trans[ 4][3] = settr(874,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(874,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[4][1]	= settr(872,0,6,5,5,"(!(!(((((qemu[((0*3)+0)]+qemu[((0*3)+1)])+qemu[((0*3)+2)])>1)||(((qemu[((1*3)+0)]+qemu[((1*3)+1)])+qemu[((1*3)+2)])>1)))))", 1, 2, 0); /* m: 2 -> 6,0 */
	reached4[2] = 1;
	trans[4][2]	= settr(0,0,0,0,0,"assert(!(!(!(((((qemu[((0*3)+0)]+qemu[((0*3)+1)])+qemu[((0*3)+2)])>1)||(((qemu[((1*3)+0)]+qemu[((1*3)+1)])+qemu[((1*3)+2)])>1))))))",0,0,0);
	trans[4][4]	= settr(875,0,6,1,0,"(1)", 0, 2, 0);
	trans[4][5]	= settr(876,0,6,1,0,"goto T0_init", 0, 2, 0);
	trans[4][8]	= settr(879,0,9,1,0,"break", 0, 2, 0);
	trans[4][9]	= settr(880,0,10,1,0,"(1)", 0, 2, 0);
	trans[4][10]	= settr(881,0,0,6,6,"-end-", 0, 3500, 0);

	/* proctype 3: :init: */

	trans[3] = (Trans **) emalloc(52*sizeof(Trans *));

	T = trans[ 3][50] = settr(870,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(870,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[3][1]	= settr(821,2,11,7,7,"k = 0", 1, 2, 0);
	trans[3][12]	= settr(832,2,11,1,0,".(goto)", 1, 2, 0);
	T = trans[3][11] = settr(831,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(831,2,2,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(831,2,9,0,0,"DO", 1, 2, 0);
	trans[3][2]	= settr(822,2,11,8,8,"((k<=(3-1)))", 1, 2, 0); /* m: 3 -> 11,0 */
	reached3[3] = 1;
	trans[3][3]	= settr(0,0,0,0,0,"up[k] = 1",0,0,0);
	trans[3][4]	= settr(0,0,0,0,0,"libvirtd[k] = 1",0,0,0);
	trans[3][5]	= settr(0,0,0,0,0,"daemon[k] = 1",0,0,0);
	trans[3][6]	= settr(0,0,0,0,0,"member[k] = 1",0,0,0);
	trans[3][7]	= settr(0,0,0,0,0,"fenceReachable[k] = 1",0,0,0);
	trans[3][8]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[3][9]	= settr(829,2,14,2,0,"else", 1, 2, 0);
	trans[3][10]	= settr(830,2,14,1,0,"goto :b36", 1, 2, 0); /* m: 14 -> 0,41 */
	reached3[14] = 1;
	trans[3][13]	= settr(833,2,14,1,0,"break", 1, 2, 0);
	trans[3][14]	= settr(834,2,41,9,9,"where[0] = 255", 1, 2, 0); /* m: 15 -> 0,41 */
	reached3[15] = 1;
	trans[3][15]	= settr(0,0,0,0,0,"where[1] = 255",0,0,0);
	T = trans[ 3][41] = settr(861,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(861,0,16,0,0,"sub-sequence", 1, 2, 0);
	trans[3][16]	= settr(836,2,38,10,10,"m = 0", 1, 2, 0);
	trans[3][39]	= settr(859,2,38,1,0,".(goto)", 1, 2, 0);
	T = trans[3][38] = settr(858,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(858,2,17,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(858,2,36,0,0,"DO", 1, 2, 0);
	trans[3][17]	= settr(837,2,33,11,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 3][33] = settr(853,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(853,0,18,0,0,"sub-sequence", 1, 2, 0);
	trans[3][18]	= settr(838,2,30,12,12,"c = 0", 1, 2, 0); /* m: 19 -> 0,30 */
	reached3[19] = 1;
	trans[3][19]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[3][31]	= settr(851,2,30,1,0,".(goto)", 1, 2, 0);
	T = trans[3][30] = settr(850,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(850,2,20,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(850,2,28,0,0,"DO", 1, 2, 0);
	trans[3][20]	= settr(840,2,25,13,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[3][25] = settr(845,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(845,2,21,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(845,2,23,0,0,"IF", 1, 2, 0);
	trans[3][21]	= settr(841,2,30,14,14,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 22 -> 30,0 */
	reached3[22] = 1;
	trans[3][22]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[3][26]	= settr(846,2,27,1,0,".(goto)", 1, 2, 0); /* m: 27 -> 0,30 */
	reached3[27] = 1;
	trans[3][23]	= settr(843,2,24,2,0,"else", 1, 2, 0);
	trans[3][24]	= settr(844,2,30,15,15,"(1)", 1, 2, 0); /* m: 27 -> 30,0 */
	reached3[27] = 1;
	trans[3][27]	= settr(847,2,30,16,16,"k = (k+1)", 1, 2, 0);
	trans[3][28]	= settr(848,2,34,2,0,"else", 1, 2, 0);
	trans[3][29]	= settr(849,2,34,1,0,"goto :b38", 1, 2, 0); /* m: 34 -> 0,38 */
	reached3[34] = 1;
	trans[3][32]	= settr(852,2,34,1,0,"break", 1, 2, 0);
	trans[3][34]	= settr(854,2,38,17,17,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 35 -> 0,38 */
	reached3[35] = 1;
	trans[3][35]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[3][36]	= settr(856,2,42,2,0,"else", 1, 2, 0);
	trans[3][37]	= settr(857,2,42,1,0,"goto :b37", 1, 2, 0); /* m: 42 -> 0,45 */
	reached3[42] = 1;
	trans[3][40]	= settr(860,2,42,1,0,"break", 1, 2, 0);
	trans[3][42]	= settr(862,2,45,18,18,"k = 0", 1, 2, 0); /* m: 43 -> 0,45 */
	reached3[43] = 1;
	trans[3][43]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	trans[3][44]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	trans[3][45]	= settr(865,2,46,19,19,"(run Pacemaker())", 1, 2, 0);
	trans[3][46]	= settr(866,2,47,20,20,"(run Daemon(0))", 1, 2, 0);
	trans[3][47]	= settr(867,2,48,21,21,"(run Daemon(1))", 1, 2, 0);
	trans[3][48]	= settr(868,2,49,22,22,"(run Daemon(2))", 1, 2, 0);
	trans[3][49]	= settr(869,0,51,23,23,"(run Faults())", 1, 2, 0);
	trans[3][51]	= settr(871,0,0,24,24,"-end-", 0, 3500, 0);

	/* proctype 2: Faults */

	trans[2] = (Trans **) emalloc(527*sizeof(Trans *));

	trans[2][524]	= settr(818,0,523,1,0,".(goto)", 0, 2, 0);
	T = trans[2][523] = settr(817,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,11,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,22,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,33,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,44,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,55,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,66,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,70,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,74,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,78,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,82,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,86,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,90,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,94,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,98,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,102,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,111,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,120,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,129,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,138,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,147,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,156,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,200,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,244,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,288,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,318,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,348,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,378,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,382,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,386,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,390,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,434,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(817,0,478,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(817,0,522,0,0,"DO", 0, 2, 0);
	T = trans[ 2][11] = settr(305,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(305,2,1,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][1]	= settr(295,2,9,25,25,"(((faults<2)&&qemu[((0*3)+0)]))", 1, 3, 1503); /* m: 2 -> 9,0 */
	reached2[2] = 1;
	trans[2][2]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][3]	= settr(0,0,0,0,0,"qemu[((0*3)+0)] = 0",0,0,0);
	trans[2][4]	= settr(0,0,0,0,0,"byCluster[((0*3)+0)] = 0",0,0,0);
	T = trans[2][9] = settr(303,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(303,2,5,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(303,2,7,0,0,"IF", 1, 3, 1503);
	trans[2][5]	= settr(299,2,6,26,0,"(((libvirtd[0]&&daemon[0])&&nfull(events[0])))", 1, 3, 1503);
	trans[2][6]	= settr(300,0,523,27,27,"events[0]!0,7", 1, 3, 1503); /* m: 10 -> 523,0 */
	reached2[10] = 1;
	trans[2][10]	= settr(304,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][7]	= settr(301,2,8,28,0,"(((!(libvirtd[0])||!(daemon[0]))||full(events[0])))", 1, 3, 1503);
	trans[2][8]	= settr(302,0,523,29,29,"(1)", 1, 3, 1503); /* m: 10 -> 523,0 */
	reached2[10] = 1;
	T = trans[ 2][22] = settr(316,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(316,2,12,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][12]	= settr(306,2,20,30,30,"(((faults<2)&&qemu[((0*3)+1)]))", 1, 3, 1503); /* m: 13 -> 20,0 */
	reached2[13] = 1;
	trans[2][13]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][14]	= settr(0,0,0,0,0,"qemu[((0*3)+1)] = 0",0,0,0);
	trans[2][15]	= settr(0,0,0,0,0,"byCluster[((0*3)+1)] = 0",0,0,0);
	T = trans[2][20] = settr(314,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(314,2,16,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(314,2,18,0,0,"IF", 1, 3, 1503);
	trans[2][16]	= settr(310,2,17,31,0,"(((libvirtd[1]&&daemon[1])&&nfull(events[1])))", 1, 3, 1503);
	trans[2][17]	= settr(311,0,523,32,32,"events[1]!0,7", 1, 3, 1503); /* m: 21 -> 523,0 */
	reached2[21] = 1;
	trans[2][21]	= settr(315,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][18]	= settr(312,2,19,33,0,"(((!(libvirtd[1])||!(daemon[1]))||full(events[1])))", 1, 3, 1503);
	trans[2][19]	= settr(313,0,523,34,34,"(1)", 1, 3, 1503); /* m: 21 -> 523,0 */
	reached2[21] = 1;
	T = trans[ 2][33] = settr(327,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(327,2,23,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][23]	= settr(317,2,31,35,35,"(((faults<2)&&qemu[((0*3)+2)]))", 1, 3, 1503); /* m: 24 -> 31,0 */
	reached2[24] = 1;
	trans[2][24]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][25]	= settr(0,0,0,0,0,"qemu[((0*3)+2)] = 0",0,0,0);
	trans[2][26]	= settr(0,0,0,0,0,"byCluster[((0*3)+2)] = 0",0,0,0);
	T = trans[2][31] = settr(325,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(325,2,27,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(325,2,29,0,0,"IF", 1, 3, 1503);
	trans[2][27]	= settr(321,2,28,36,0,"(((libvirtd[2]&&daemon[2])&&nfull(events[2])))", 1, 3, 1503);
	trans[2][28]	= settr(322,0,523,37,37,"events[2]!0,7", 1, 3, 1503); /* m: 32 -> 523,0 */
	reached2[32] = 1;
	trans[2][32]	= settr(326,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][29]	= settr(323,2,30,38,0,"(((!(libvirtd[2])||!(daemon[2]))||full(events[2])))", 1, 3, 1503);
	trans[2][30]	= settr(324,0,523,39,39,"(1)", 1, 3, 1503); /* m: 32 -> 523,0 */
	reached2[32] = 1;
	T = trans[ 2][44] = settr(338,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(338,2,34,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][34]	= settr(328,2,42,40,40,"(((faults<2)&&qemu[((1*3)+0)]))", 1, 3, 1503); /* m: 35 -> 42,0 */
	reached2[35] = 1;
	trans[2][35]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][36]	= settr(0,0,0,0,0,"qemu[((1*3)+0)] = 0",0,0,0);
	trans[2][37]	= settr(0,0,0,0,0,"byCluster[((1*3)+0)] = 0",0,0,0);
	T = trans[2][42] = settr(336,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(336,2,38,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(336,2,40,0,0,"IF", 1, 3, 1503);
	trans[2][38]	= settr(332,2,39,41,0,"(((libvirtd[0]&&daemon[0])&&nfull(events[0])))", 1, 3, 1503);
	trans[2][39]	= settr(333,0,523,42,42,"events[0]!1,7", 1, 3, 1503); /* m: 43 -> 523,0 */
	reached2[43] = 1;
	trans[2][43]	= settr(337,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][40]	= settr(334,2,41,43,0,"(((!(libvirtd[0])||!(daemon[0]))||full(events[0])))", 1, 3, 1503);
	trans[2][41]	= settr(335,0,523,44,44,"(1)", 1, 3, 1503); /* m: 43 -> 523,0 */
	reached2[43] = 1;
	T = trans[ 2][55] = settr(349,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(349,2,45,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][45]	= settr(339,2,53,45,45,"(((faults<2)&&qemu[((1*3)+1)]))", 1, 3, 1503); /* m: 46 -> 53,0 */
	reached2[46] = 1;
	trans[2][46]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][47]	= settr(0,0,0,0,0,"qemu[((1*3)+1)] = 0",0,0,0);
	trans[2][48]	= settr(0,0,0,0,0,"byCluster[((1*3)+1)] = 0",0,0,0);
	T = trans[2][53] = settr(347,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(347,2,49,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(347,2,51,0,0,"IF", 1, 3, 1503);
	trans[2][49]	= settr(343,2,50,46,0,"(((libvirtd[1]&&daemon[1])&&nfull(events[1])))", 1, 3, 1503);
	trans[2][50]	= settr(344,0,523,47,47,"events[1]!1,7", 1, 3, 1503); /* m: 54 -> 523,0 */
	reached2[54] = 1;
	trans[2][54]	= settr(348,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][51]	= settr(345,2,52,48,0,"(((!(libvirtd[1])||!(daemon[1]))||full(events[1])))", 1, 3, 1503);
	trans[2][52]	= settr(346,0,523,49,49,"(1)", 1, 3, 1503); /* m: 54 -> 523,0 */
	reached2[54] = 1;
	T = trans[ 2][66] = settr(360,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(360,2,56,0,0,"ATOMIC", 1, 3, 1503);
	trans[2][56]	= settr(350,2,64,50,50,"(((faults<2)&&qemu[((1*3)+2)]))", 1, 3, 1503); /* m: 57 -> 64,0 */
	reached2[57] = 1;
	trans[2][57]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][58]	= settr(0,0,0,0,0,"qemu[((1*3)+2)] = 0",0,0,0);
	trans[2][59]	= settr(0,0,0,0,0,"byCluster[((1*3)+2)] = 0",0,0,0);
	T = trans[2][64] = settr(358,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(358,2,60,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(358,2,62,0,0,"IF", 1, 3, 1503);
	trans[2][60]	= settr(354,2,61,51,0,"(((libvirtd[2]&&daemon[2])&&nfull(events[2])))", 1, 3, 1503);
	trans[2][61]	= settr(355,0,523,52,52,"events[2]!1,7", 1, 3, 1503); /* m: 65 -> 523,0 */
	reached2[65] = 1;
	trans[2][65]	= settr(359,0,523,1,0,".(goto)", 1, 3, 1503);
	trans[2][62]	= settr(356,2,63,53,0,"(((!(libvirtd[2])||!(daemon[2]))||full(events[2])))", 1, 3, 1503);
	trans[2][63]	= settr(357,0,523,54,54,"(1)", 1, 3, 1503); /* m: 65 -> 523,0 */
	reached2[65] = 1;
	T = trans[ 2][70] = settr(364,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(364,2,67,0,0,"ATOMIC", 1, 2, 0);
	trans[2][67]	= settr(361,0,523,55,55,"((((faults<2)&&up[0])&&daemon[0]))", 1, 2, 0); /* m: 68 -> 523,0 */
	reached2[68] = 1;
	trans[2][68]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][69]	= settr(0,0,0,0,0,"daemon[0] = 0",0,0,0);
	T = trans[ 2][74] = settr(368,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(368,2,71,0,0,"ATOMIC", 1, 2, 0);
	trans[2][71]	= settr(365,0,523,56,56,"((((faults<2)&&up[1])&&daemon[1]))", 1, 2, 0); /* m: 72 -> 523,0 */
	reached2[72] = 1;
	trans[2][72]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][73]	= settr(0,0,0,0,0,"daemon[1] = 0",0,0,0);
	T = trans[ 2][78] = settr(372,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(372,2,75,0,0,"ATOMIC", 1, 2, 0);
	trans[2][75]	= settr(369,0,523,57,57,"((((faults<2)&&up[2])&&daemon[2]))", 1, 2, 0); /* m: 76 -> 523,0 */
	reached2[76] = 1;
	trans[2][76]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][77]	= settr(0,0,0,0,0,"daemon[2] = 0",0,0,0);
	T = trans[ 2][82] = settr(376,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(376,2,79,0,0,"ATOMIC", 1, 2, 0);
	trans[2][79]	= settr(373,0,523,58,58,"((((faults<2)&&up[0])&&libvirtd[0]))", 1, 2, 0); /* m: 80 -> 523,0 */
	reached2[80] = 1;
	trans[2][80]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][81]	= settr(0,0,0,0,0,"libvirtd[0] = 0",0,0,0);
	T = trans[ 2][86] = settr(380,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(380,2,83,0,0,"ATOMIC", 1, 2, 0);
	trans[2][83]	= settr(377,0,523,59,59,"((((faults<2)&&up[1])&&libvirtd[1]))", 1, 2, 0); /* m: 84 -> 523,0 */
	reached2[84] = 1;
	trans[2][84]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][85]	= settr(0,0,0,0,0,"libvirtd[1] = 0",0,0,0);
	T = trans[ 2][90] = settr(384,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(384,2,87,0,0,"ATOMIC", 1, 2, 0);
	trans[2][87]	= settr(381,0,523,60,60,"((((faults<2)&&up[2])&&libvirtd[2]))", 1, 2, 0); /* m: 88 -> 523,0 */
	reached2[88] = 1;
	trans[2][88]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][89]	= settr(0,0,0,0,0,"libvirtd[2] = 0",0,0,0);
	T = trans[ 2][94] = settr(388,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(388,2,91,0,0,"ATOMIC", 1, 2, 0);
	trans[2][91]	= settr(385,0,523,61,61,"(((up[0]&&!(libvirtd[0]))&&member[0]))", 1, 2, 0); /* m: 92 -> 523,0 */
	reached2[92] = 1;
	trans[2][92]	= settr(0,0,0,0,0,"libvirtd[0] = 1",0,0,0);
	trans[2][93]	= settr(0,0,0,0,0,"rescan[0] = daemon[0]",0,0,0);
	T = trans[ 2][98] = settr(392,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(392,2,95,0,0,"ATOMIC", 1, 2, 0);
	trans[2][95]	= settr(389,0,523,62,62,"(((up[1]&&!(libvirtd[1]))&&member[1]))", 1, 2, 0); /* m: 96 -> 523,0 */
	reached2[96] = 1;
	trans[2][96]	= settr(0,0,0,0,0,"libvirtd[1] = 1",0,0,0);
	trans[2][97]	= settr(0,0,0,0,0,"rescan[1] = daemon[1]",0,0,0);
	T = trans[ 2][102] = settr(396,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(396,2,99,0,0,"ATOMIC", 1, 2, 0);
	trans[2][99]	= settr(393,0,523,63,63,"(((up[2]&&!(libvirtd[2]))&&member[2]))", 1, 2, 0); /* m: 100 -> 523,0 */
	reached2[100] = 1;
	trans[2][100]	= settr(0,0,0,0,0,"libvirtd[2] = 1",0,0,0);
	trans[2][101]	= settr(0,0,0,0,0,"rescan[2] = daemon[2]",0,0,0);
	T = trans[ 2][111] = settr(405,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(405,2,103,0,0,"ATOMIC", 1, 3, 0);
	trans[2][103]	= settr(397,2,109,64,64,"(((pendingFailed[((0*3)+0)]&&libvirtd[0])&&nfull(events[0])))", 1, 3, 0); /* m: 104 -> 109,0 */
	reached2[104] = 1;
	trans[2][104]	= settr(0,0,0,0,0,"pendingFailed[((0*3)+0)] = 0",0,0,0);
	T = trans[2][109] = settr(403,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(403,2,105,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(403,2,107,0,0,"IF", 1, 3, 0);
	trans[2][105]	= settr(399,2,106,65,0,"(daemon[0])", 1, 3, 0);
	trans[2][106]	= settr(400,0,523,66,66,"events[0]!0,7", 1, 3, 0); /* m: 110 -> 523,0 */
	reached2[110] = 1;
	trans[2][110]	= settr(404,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][107]	= settr(401,2,108,2,0,"else", 1, 3, 0);
	trans[2][108]	= settr(402,0,523,67,67,"(1)", 1, 3, 0); /* m: 110 -> 523,0 */
	reached2[110] = 1;
	T = trans[ 2][120] = settr(414,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(414,2,112,0,0,"ATOMIC", 1, 3, 0);
	trans[2][112]	= settr(406,2,118,68,68,"(((pendingFailed[((0*3)+1)]&&libvirtd[1])&&nfull(events[1])))", 1, 3, 0); /* m: 113 -> 118,0 */
	reached2[113] = 1;
	trans[2][113]	= settr(0,0,0,0,0,"pendingFailed[((0*3)+1)] = 0",0,0,0);
	T = trans[2][118] = settr(412,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(412,2,114,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(412,2,116,0,0,"IF", 1, 3, 0);
	trans[2][114]	= settr(408,2,115,69,0,"(daemon[1])", 1, 3, 0);
	trans[2][115]	= settr(409,0,523,70,70,"events[1]!0,7", 1, 3, 0); /* m: 119 -> 523,0 */
	reached2[119] = 1;
	trans[2][119]	= settr(413,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][116]	= settr(410,2,117,2,0,"else", 1, 3, 0);
	trans[2][117]	= settr(411,0,523,71,71,"(1)", 1, 3, 0); /* m: 119 -> 523,0 */
	reached2[119] = 1;
	T = trans[ 2][129] = settr(423,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(423,2,121,0,0,"ATOMIC", 1, 3, 0);
	trans[2][121]	= settr(415,2,127,72,72,"(((pendingFailed[((0*3)+2)]&&libvirtd[2])&&nfull(events[2])))", 1, 3, 0); /* m: 122 -> 127,0 */
	reached2[122] = 1;
	trans[2][122]	= settr(0,0,0,0,0,"pendingFailed[((0*3)+2)] = 0",0,0,0);
	T = trans[2][127] = settr(421,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(421,2,123,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(421,2,125,0,0,"IF", 1, 3, 0);
	trans[2][123]	= settr(417,2,124,73,0,"(daemon[2])", 1, 3, 0);
	trans[2][124]	= settr(418,0,523,74,74,"events[2]!0,7", 1, 3, 0); /* m: 128 -> 523,0 */
	reached2[128] = 1;
	trans[2][128]	= settr(422,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][125]	= settr(419,2,126,2,0,"else", 1, 3, 0);
	trans[2][126]	= settr(420,0,523,75,75,"(1)", 1, 3, 0); /* m: 128 -> 523,0 */
	reached2[128] = 1;
	T = trans[ 2][138] = settr(432,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(432,2,130,0,0,"ATOMIC", 1, 3, 0);
	trans[2][130]	= settr(424,2,136,76,76,"(((pendingFailed[((1*3)+0)]&&libvirtd[0])&&nfull(events[0])))", 1, 3, 0); /* m: 131 -> 136,0 */
	reached2[131] = 1;
	trans[2][131]	= settr(0,0,0,0,0,"pendingFailed[((1*3)+0)] = 0",0,0,0);
	T = trans[2][136] = settr(430,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(430,2,132,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(430,2,134,0,0,"IF", 1, 3, 0);
	trans[2][132]	= settr(426,2,133,77,0,"(daemon[0])", 1, 3, 0);
	trans[2][133]	= settr(427,0,523,78,78,"events[0]!1,7", 1, 3, 0); /* m: 137 -> 523,0 */
	reached2[137] = 1;
	trans[2][137]	= settr(431,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][134]	= settr(428,2,135,2,0,"else", 1, 3, 0);
	trans[2][135]	= settr(429,0,523,79,79,"(1)", 1, 3, 0); /* m: 137 -> 523,0 */
	reached2[137] = 1;
	T = trans[ 2][147] = settr(441,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(441,2,139,0,0,"ATOMIC", 1, 3, 0);
	trans[2][139]	= settr(433,2,145,80,80,"(((pendingFailed[((1*3)+1)]&&libvirtd[1])&&nfull(events[1])))", 1, 3, 0); /* m: 140 -> 145,0 */
	reached2[140] = 1;
	trans[2][140]	= settr(0,0,0,0,0,"pendingFailed[((1*3)+1)] = 0",0,0,0);
	T = trans[2][145] = settr(439,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(439,2,141,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(439,2,143,0,0,"IF", 1, 3, 0);
	trans[2][141]	= settr(435,2,142,81,0,"(daemon[1])", 1, 3, 0);
	trans[2][142]	= settr(436,0,523,82,82,"events[1]!1,7", 1, 3, 0); /* m: 146 -> 523,0 */
	reached2[146] = 1;
	trans[2][146]	= settr(440,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][143]	= settr(437,2,144,2,0,"else", 1, 3, 0);
	trans[2][144]	= settr(438,0,523,83,83,"(1)", 1, 3, 0); /* m: 146 -> 523,0 */
	reached2[146] = 1;
	T = trans[ 2][156] = settr(450,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(450,2,148,0,0,"ATOMIC", 1, 3, 0);
	trans[2][148]	= settr(442,2,154,84,84,"(((pendingFailed[((1*3)+2)]&&libvirtd[2])&&nfull(events[2])))", 1, 3, 0); /* m: 149 -> 154,0 */
	reached2[149] = 1;
	trans[2][149]	= settr(0,0,0,0,0,"pendingFailed[((1*3)+2)] = 0",0,0,0);
	T = trans[2][154] = settr(448,2,0,0,0,"IF", 1, 3, 0);
	T = T->nxt	= settr(448,2,150,0,0,"IF", 1, 3, 0);
	    T->nxt	= settr(448,2,152,0,0,"IF", 1, 3, 0);
	trans[2][150]	= settr(444,2,151,85,0,"(daemon[2])", 1, 3, 0);
	trans[2][151]	= settr(445,0,523,86,86,"events[2]!1,7", 1, 3, 0); /* m: 155 -> 523,0 */
	reached2[155] = 1;
	trans[2][155]	= settr(449,0,523,1,0,".(goto)", 1, 3, 0);
	trans[2][152]	= settr(446,2,153,2,0,"else", 1, 3, 0);
	trans[2][153]	= settr(447,0,523,87,87,"(1)", 1, 3, 0); /* m: 155 -> 523,0 */
	reached2[155] = 1;
	T = trans[ 2][200] = settr(494,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(494,2,157,0,0,"ATOMIC", 1, 2, 0);
	trans[2][157]	= settr(451,2,199,88,88,"((((faults<2)&&up[0])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 158 -> 199,0 */
	reached2[158] = 1;
	trans[2][158]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][199] = settr(493,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(493,0,159,0,0,"sub-sequence", 1, 2, 0);
	trans[2][159]	= settr(453,2,170,89,89,"up[0] = 0", 1, 2, 0); /* m: 160 -> 0,170 */
	reached2[160] = 1;
	trans[2][160]	= settr(0,0,0,0,0,"daemon[0] = 0",0,0,0);
	trans[2][161]	= settr(0,0,0,0,0,"libvirtd[0] = 0",0,0,0);
	trans[2][162]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][171]	= settr(465,2,170,1,0,".(goto)", 1, 2, 0);
	T = trans[2][170] = settr(464,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(464,2,163,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(464,2,168,0,0,"DO", 1, 2, 0);
	trans[2][163]	= settr(457,2,170,90,90,"((k<=(2-1)))", 1, 2, 0); /* m: 164 -> 170,0 */
	reached2[164] = 1;
	trans[2][164]	= settr(0,0,0,0,0,"qemu[((k*3)+0)] = 0",0,0,0);
	trans[2][165]	= settr(0,0,0,0,0,"hasRecord[((k*3)+0)] = 0",0,0,0);
	trans[2][166]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+0)] = 0",0,0,0);
	trans[2][167]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][168]	= settr(462,2,198,2,0,"else", 1, 2, 0);
	trans[2][169]	= settr(463,2,198,1,0,"goto :b12", 1, 2, 0);
	trans[2][172]	= settr(466,2,198,1,0,"break", 1, 2, 0);
	T = trans[ 2][198] = settr(492,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(492,0,173,0,0,"sub-sequence", 1, 2, 0);
	trans[2][173]	= settr(467,2,195,91,91,"m = 0", 1, 2, 0);
	trans[2][196]	= settr(490,2,195,1,0,".(goto)", 1, 2, 0);
	T = trans[2][195] = settr(489,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(489,2,174,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(489,2,193,0,0,"DO", 1, 2, 0);
	trans[2][174]	= settr(468,2,190,92,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][190] = settr(484,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(484,0,175,0,0,"sub-sequence", 1, 2, 0);
	trans[2][175]	= settr(469,2,187,93,93,"c = 0", 1, 2, 0); /* m: 176 -> 0,187 */
	reached2[176] = 1;
	trans[2][176]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][188]	= settr(482,2,187,1,0,".(goto)", 1, 2, 0);
	T = trans[2][187] = settr(481,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(481,2,177,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(481,2,185,0,0,"DO", 1, 2, 0);
	trans[2][177]	= settr(471,2,182,94,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][182] = settr(476,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(476,2,178,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(476,2,180,0,0,"IF", 1, 2, 0);
	trans[2][178]	= settr(472,2,187,95,95,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 179 -> 187,0 */
	reached2[179] = 1;
	trans[2][179]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][183]	= settr(477,2,184,1,0,".(goto)", 1, 2, 0); /* m: 184 -> 0,187 */
	reached2[184] = 1;
	trans[2][180]	= settr(474,2,181,2,0,"else", 1, 2, 0);
	trans[2][181]	= settr(475,2,187,96,96,"(1)", 1, 2, 0); /* m: 184 -> 187,0 */
	reached2[184] = 1;
	trans[2][184]	= settr(478,2,187,97,97,"k = (k+1)", 1, 2, 0);
	trans[2][185]	= settr(479,2,191,2,0,"else", 1, 2, 0);
	trans[2][186]	= settr(480,2,191,1,0,"goto :b14", 1, 2, 0); /* m: 191 -> 0,195 */
	reached2[191] = 1;
	trans[2][189]	= settr(483,2,191,1,0,"break", 1, 2, 0);
	trans[2][191]	= settr(485,2,195,98,98,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 192 -> 0,195 */
	reached2[192] = 1;
	trans[2][192]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][193]	= settr(487,2,194,2,0,"else", 1, 2, 0);
	trans[2][194]	= settr(488,2,197,1,0,"goto :b13", 1, 2, 0);
	trans[2][197]	= settr(491,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][244] = settr(538,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(538,2,201,0,0,"ATOMIC", 1, 2, 0);
	trans[2][201]	= settr(495,2,243,99,99,"((((faults<2)&&up[1])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 202 -> 243,0 */
	reached2[202] = 1;
	trans[2][202]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][243] = settr(537,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(537,0,203,0,0,"sub-sequence", 1, 2, 0);
	trans[2][203]	= settr(497,2,214,100,100,"up[1] = 0", 1, 2, 0); /* m: 204 -> 0,214 */
	reached2[204] = 1;
	trans[2][204]	= settr(0,0,0,0,0,"daemon[1] = 0",0,0,0);
	trans[2][205]	= settr(0,0,0,0,0,"libvirtd[1] = 0",0,0,0);
	trans[2][206]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][215]	= settr(509,2,214,1,0,".(goto)", 1, 2, 0);
	T = trans[2][214] = settr(508,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(508,2,207,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(508,2,212,0,0,"DO", 1, 2, 0);
	trans[2][207]	= settr(501,2,214,101,101,"((k<=(2-1)))", 1, 2, 0); /* m: 208 -> 214,0 */
	reached2[208] = 1;
	trans[2][208]	= settr(0,0,0,0,0,"qemu[((k*3)+1)] = 0",0,0,0);
	trans[2][209]	= settr(0,0,0,0,0,"hasRecord[((k*3)+1)] = 0",0,0,0);
	trans[2][210]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+1)] = 0",0,0,0);
	trans[2][211]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][212]	= settr(506,2,242,2,0,"else", 1, 2, 0);
	trans[2][213]	= settr(507,2,242,1,0,"goto :b15", 1, 2, 0);
	trans[2][216]	= settr(510,2,242,1,0,"break", 1, 2, 0);
	T = trans[ 2][242] = settr(536,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(536,0,217,0,0,"sub-sequence", 1, 2, 0);
	trans[2][217]	= settr(511,2,239,102,102,"m = 0", 1, 2, 0);
	trans[2][240]	= settr(534,2,239,1,0,".(goto)", 1, 2, 0);
	T = trans[2][239] = settr(533,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(533,2,218,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(533,2,237,0,0,"DO", 1, 2, 0);
	trans[2][218]	= settr(512,2,234,103,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][234] = settr(528,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(528,0,219,0,0,"sub-sequence", 1, 2, 0);
	trans[2][219]	= settr(513,2,231,104,104,"c = 0", 1, 2, 0); /* m: 220 -> 0,231 */
	reached2[220] = 1;
	trans[2][220]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][232]	= settr(526,2,231,1,0,".(goto)", 1, 2, 0);
	T = trans[2][231] = settr(525,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(525,2,221,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(525,2,229,0,0,"DO", 1, 2, 0);
	trans[2][221]	= settr(515,2,226,105,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][226] = settr(520,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(520,2,222,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(520,2,224,0,0,"IF", 1, 2, 0);
	trans[2][222]	= settr(516,2,231,106,106,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 223 -> 231,0 */
	reached2[223] = 1;
	trans[2][223]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][227]	= settr(521,2,228,1,0,".(goto)", 1, 2, 0); /* m: 228 -> 0,231 */
	reached2[228] = 1;
	trans[2][224]	= settr(518,2,225,2,0,"else", 1, 2, 0);
	trans[2][225]	= settr(519,2,231,107,107,"(1)", 1, 2, 0); /* m: 228 -> 231,0 */
	reached2[228] = 1;
	trans[2][228]	= settr(522,2,231,108,108,"k = (k+1)", 1, 2, 0);
	trans[2][229]	= settr(523,2,235,2,0,"else", 1, 2, 0);
	trans[2][230]	= settr(524,2,235,1,0,"goto :b17", 1, 2, 0); /* m: 235 -> 0,239 */
	reached2[235] = 1;
	trans[2][233]	= settr(527,2,235,1,0,"break", 1, 2, 0);
	trans[2][235]	= settr(529,2,239,109,109,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 236 -> 0,239 */
	reached2[236] = 1;
	trans[2][236]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][237]	= settr(531,2,238,2,0,"else", 1, 2, 0);
	trans[2][238]	= settr(532,2,241,1,0,"goto :b16", 1, 2, 0);
	trans[2][241]	= settr(535,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][288] = settr(582,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(582,2,245,0,0,"ATOMIC", 1, 2, 0);
	trans[2][245]	= settr(539,2,287,110,110,"((((faults<2)&&up[2])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 246 -> 287,0 */
	reached2[246] = 1;
	trans[2][246]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][287] = settr(581,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(581,0,247,0,0,"sub-sequence", 1, 2, 0);
	trans[2][247]	= settr(541,2,258,111,111,"up[2] = 0", 1, 2, 0); /* m: 248 -> 0,258 */
	reached2[248] = 1;
	trans[2][248]	= settr(0,0,0,0,0,"daemon[2] = 0",0,0,0);
	trans[2][249]	= settr(0,0,0,0,0,"libvirtd[2] = 0",0,0,0);
	trans[2][250]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][259]	= settr(553,2,258,1,0,".(goto)", 1, 2, 0);
	T = trans[2][258] = settr(552,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(552,2,251,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(552,2,256,0,0,"DO", 1, 2, 0);
	trans[2][251]	= settr(545,2,258,112,112,"((k<=(2-1)))", 1, 2, 0); /* m: 252 -> 258,0 */
	reached2[252] = 1;
	trans[2][252]	= settr(0,0,0,0,0,"qemu[((k*3)+2)] = 0",0,0,0);
	trans[2][253]	= settr(0,0,0,0,0,"hasRecord[((k*3)+2)] = 0",0,0,0);
	trans[2][254]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+2)] = 0",0,0,0);
	trans[2][255]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][256]	= settr(550,2,286,2,0,"else", 1, 2, 0);
	trans[2][257]	= settr(551,2,286,1,0,"goto :b18", 1, 2, 0);
	trans[2][260]	= settr(554,2,286,1,0,"break", 1, 2, 0);
	T = trans[ 2][286] = settr(580,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(580,0,261,0,0,"sub-sequence", 1, 2, 0);
	trans[2][261]	= settr(555,2,283,113,113,"m = 0", 1, 2, 0);
	trans[2][284]	= settr(578,2,283,1,0,".(goto)", 1, 2, 0);
	T = trans[2][283] = settr(577,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(577,2,262,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(577,2,281,0,0,"DO", 1, 2, 0);
	trans[2][262]	= settr(556,2,278,114,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][278] = settr(572,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(572,0,263,0,0,"sub-sequence", 1, 2, 0);
	trans[2][263]	= settr(557,2,275,115,115,"c = 0", 1, 2, 0); /* m: 264 -> 0,275 */
	reached2[264] = 1;
	trans[2][264]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][276]	= settr(570,2,275,1,0,".(goto)", 1, 2, 0);
	T = trans[2][275] = settr(569,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(569,2,265,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(569,2,273,0,0,"DO", 1, 2, 0);
	trans[2][265]	= settr(559,2,270,116,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][270] = settr(564,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(564,2,266,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(564,2,268,0,0,"IF", 1, 2, 0);
	trans[2][266]	= settr(560,2,275,117,117,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 267 -> 275,0 */
	reached2[267] = 1;
	trans[2][267]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][271]	= settr(565,2,272,1,0,".(goto)", 1, 2, 0); /* m: 272 -> 0,275 */
	reached2[272] = 1;
	trans[2][268]	= settr(562,2,269,2,0,"else", 1, 2, 0);
	trans[2][269]	= settr(563,2,275,118,118,"(1)", 1, 2, 0); /* m: 272 -> 275,0 */
	reached2[272] = 1;
	trans[2][272]	= settr(566,2,275,119,119,"k = (k+1)", 1, 2, 0);
	trans[2][273]	= settr(567,2,279,2,0,"else", 1, 2, 0);
	trans[2][274]	= settr(568,2,279,1,0,"goto :b20", 1, 2, 0); /* m: 279 -> 0,283 */
	reached2[279] = 1;
	trans[2][277]	= settr(571,2,279,1,0,"break", 1, 2, 0);
	trans[2][279]	= settr(573,2,283,120,120,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 280 -> 0,283 */
	reached2[280] = 1;
	trans[2][280]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][281]	= settr(575,2,282,2,0,"else", 1, 2, 0);
	trans[2][282]	= settr(576,2,285,1,0,"goto :b19", 1, 2, 0);
	trans[2][285]	= settr(579,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][318] = settr(612,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(612,2,289,0,0,"ATOMIC", 1, 2, 0);
	trans[2][289]	= settr(583,2,317,121,121,"((((faults<2)&&up[0])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 290 -> 317,0 */
	reached2[290] = 1;
	trans[2][290]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][291]	= settr(0,0,0,0,0,"cut[0] = 1",0,0,0);
	T = trans[ 2][317] = settr(611,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(611,0,292,0,0,"sub-sequence", 1, 2, 0);
	trans[2][292]	= settr(586,2,314,122,122,"m = 0", 1, 2, 0);
	trans[2][315]	= settr(609,2,314,1,0,".(goto)", 1, 2, 0);
	T = trans[2][314] = settr(608,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(608,2,293,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(608,2,312,0,0,"DO", 1, 2, 0);
	trans[2][293]	= settr(587,2,309,123,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][309] = settr(603,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(603,0,294,0,0,"sub-sequence", 1, 2, 0);
	trans[2][294]	= settr(588,2,306,124,124,"c = 0", 1, 2, 0); /* m: 295 -> 0,306 */
	reached2[295] = 1;
	trans[2][295]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][307]	= settr(601,2,306,1,0,".(goto)", 1, 2, 0);
	T = trans[2][306] = settr(600,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(600,2,296,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(600,2,304,0,0,"DO", 1, 2, 0);
	trans[2][296]	= settr(590,2,301,125,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][301] = settr(595,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(595,2,297,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(595,2,299,0,0,"IF", 1, 2, 0);
	trans[2][297]	= settr(591,2,306,126,126,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 298 -> 306,0 */
	reached2[298] = 1;
	trans[2][298]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][302]	= settr(596,2,303,1,0,".(goto)", 1, 2, 0); /* m: 303 -> 0,306 */
	reached2[303] = 1;
	trans[2][299]	= settr(593,2,300,2,0,"else", 1, 2, 0);
	trans[2][300]	= settr(594,2,306,127,127,"(1)", 1, 2, 0); /* m: 303 -> 306,0 */
	reached2[303] = 1;
	trans[2][303]	= settr(597,2,306,128,128,"k = (k+1)", 1, 2, 0);
	trans[2][304]	= settr(598,2,310,2,0,"else", 1, 2, 0);
	trans[2][305]	= settr(599,2,310,1,0,"goto :b22", 1, 2, 0); /* m: 310 -> 0,314 */
	reached2[310] = 1;
	trans[2][308]	= settr(602,2,310,1,0,"break", 1, 2, 0);
	trans[2][310]	= settr(604,2,314,129,129,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 311 -> 0,314 */
	reached2[311] = 1;
	trans[2][311]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][312]	= settr(606,2,313,2,0,"else", 1, 2, 0);
	trans[2][313]	= settr(607,2,316,1,0,"goto :b21", 1, 2, 0);
	trans[2][316]	= settr(610,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][348] = settr(642,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(642,2,319,0,0,"ATOMIC", 1, 2, 0);
	trans[2][319]	= settr(613,2,347,130,130,"((((faults<2)&&up[1])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 320 -> 347,0 */
	reached2[320] = 1;
	trans[2][320]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][321]	= settr(0,0,0,0,0,"cut[1] = 1",0,0,0);
	T = trans[ 2][347] = settr(641,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(641,0,322,0,0,"sub-sequence", 1, 2, 0);
	trans[2][322]	= settr(616,2,344,131,131,"m = 0", 1, 2, 0);
	trans[2][345]	= settr(639,2,344,1,0,".(goto)", 1, 2, 0);
	T = trans[2][344] = settr(638,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(638,2,323,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(638,2,342,0,0,"DO", 1, 2, 0);
	trans[2][323]	= settr(617,2,339,132,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][339] = settr(633,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(633,0,324,0,0,"sub-sequence", 1, 2, 0);
	trans[2][324]	= settr(618,2,336,133,133,"c = 0", 1, 2, 0); /* m: 325 -> 0,336 */
	reached2[325] = 1;
	trans[2][325]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][337]	= settr(631,2,336,1,0,".(goto)", 1, 2, 0);
	T = trans[2][336] = settr(630,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(630,2,326,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(630,2,334,0,0,"DO", 1, 2, 0);
	trans[2][326]	= settr(620,2,331,134,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][331] = settr(625,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(625,2,327,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(625,2,329,0,0,"IF", 1, 2, 0);
	trans[2][327]	= settr(621,2,336,135,135,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 328 -> 336,0 */
	reached2[328] = 1;
	trans[2][328]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][332]	= settr(626,2,333,1,0,".(goto)", 1, 2, 0); /* m: 333 -> 0,336 */
	reached2[333] = 1;
	trans[2][329]	= settr(623,2,330,2,0,"else", 1, 2, 0);
	trans[2][330]	= settr(624,2,336,136,136,"(1)", 1, 2, 0); /* m: 333 -> 336,0 */
	reached2[333] = 1;
	trans[2][333]	= settr(627,2,336,137,137,"k = (k+1)", 1, 2, 0);
	trans[2][334]	= settr(628,2,340,2,0,"else", 1, 2, 0);
	trans[2][335]	= settr(629,2,340,1,0,"goto :b24", 1, 2, 0); /* m: 340 -> 0,344 */
	reached2[340] = 1;
	trans[2][338]	= settr(632,2,340,1,0,"break", 1, 2, 0);
	trans[2][340]	= settr(634,2,344,138,138,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 341 -> 0,344 */
	reached2[341] = 1;
	trans[2][341]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][342]	= settr(636,2,343,2,0,"else", 1, 2, 0);
	trans[2][343]	= settr(637,2,346,1,0,"goto :b23", 1, 2, 0);
	trans[2][346]	= settr(640,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][378] = settr(672,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(672,2,349,0,0,"ATOMIC", 1, 2, 0);
	trans[2][349]	= settr(643,2,377,139,139,"((((faults<2)&&up[2])&&(((quorate[0]+quorate[1])+quorate[2])==3)))", 1, 2, 0); /* m: 350 -> 377,0 */
	reached2[350] = 1;
	trans[2][350]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][351]	= settr(0,0,0,0,0,"cut[2] = 1",0,0,0);
	T = trans[ 2][377] = settr(671,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(671,0,352,0,0,"sub-sequence", 1, 2, 0);
	trans[2][352]	= settr(646,2,374,140,140,"m = 0", 1, 2, 0);
	trans[2][375]	= settr(669,2,374,1,0,".(goto)", 1, 2, 0);
	T = trans[2][374] = settr(668,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(668,2,353,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(668,2,372,0,0,"DO", 1, 2, 0);
	trans[2][353]	= settr(647,2,369,141,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][369] = settr(663,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(663,0,354,0,0,"sub-sequence", 1, 2, 0);
	trans[2][354]	= settr(648,2,366,142,142,"c = 0", 1, 2, 0); /* m: 355 -> 0,366 */
	reached2[355] = 1;
	trans[2][355]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][367]	= settr(661,2,366,1,0,".(goto)", 1, 2, 0);
	T = trans[2][366] = settr(660,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(660,2,356,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(660,2,364,0,0,"DO", 1, 2, 0);
	trans[2][356]	= settr(650,2,361,143,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][361] = settr(655,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(655,2,357,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(655,2,359,0,0,"IF", 1, 2, 0);
	trans[2][357]	= settr(651,2,366,144,144,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 358 -> 366,0 */
	reached2[358] = 1;
	trans[2][358]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][362]	= settr(656,2,363,1,0,".(goto)", 1, 2, 0); /* m: 363 -> 0,366 */
	reached2[363] = 1;
	trans[2][359]	= settr(653,2,360,2,0,"else", 1, 2, 0);
	trans[2][360]	= settr(654,2,366,145,145,"(1)", 1, 2, 0); /* m: 363 -> 366,0 */
	reached2[363] = 1;
	trans[2][363]	= settr(657,2,366,146,146,"k = (k+1)", 1, 2, 0);
	trans[2][364]	= settr(658,2,370,2,0,"else", 1, 2, 0);
	trans[2][365]	= settr(659,2,370,1,0,"goto :b26", 1, 2, 0); /* m: 370 -> 0,374 */
	reached2[370] = 1;
	trans[2][368]	= settr(662,2,370,1,0,"break", 1, 2, 0);
	trans[2][370]	= settr(664,2,374,147,147,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 371 -> 0,374 */
	reached2[371] = 1;
	trans[2][371]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][372]	= settr(666,2,373,2,0,"else", 1, 2, 0);
	trans[2][373]	= settr(667,2,376,1,0,"goto :b25", 1, 2, 0);
	trans[2][376]	= settr(670,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][382] = settr(676,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(676,2,379,0,0,"ATOMIC", 1, 2, 0);
	trans[2][379]	= settr(673,0,523,148,148,"(((faults<2)&&fenceReachable[0]))", 1, 2, 0); /* m: 380 -> 523,0 */
	reached2[380] = 1;
	trans[2][380]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][381]	= settr(0,0,0,0,0,"fenceReachable[0] = 0",0,0,0);
	T = trans[ 2][386] = settr(680,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(680,2,383,0,0,"ATOMIC", 1, 2, 0);
	trans[2][383]	= settr(677,0,523,149,149,"(((faults<2)&&fenceReachable[1]))", 1, 2, 0); /* m: 384 -> 523,0 */
	reached2[384] = 1;
	trans[2][384]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][385]	= settr(0,0,0,0,0,"fenceReachable[1] = 0",0,0,0);
	T = trans[ 2][390] = settr(684,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(684,2,387,0,0,"ATOMIC", 1, 2, 0);
	trans[2][387]	= settr(681,0,523,150,150,"(((faults<2)&&fenceReachable[2]))", 1, 2, 0); /* m: 388 -> 523,0 */
	reached2[388] = 1;
	trans[2][388]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	trans[2][389]	= settr(0,0,0,0,0,"fenceReachable[2] = 0",0,0,0);
	T = trans[ 2][434] = settr(728,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(728,2,391,0,0,"ATOMIC", 1, 2, 0);
	trans[2][391]	= settr(685,2,433,151,151,"(((faults<2)&&up[0]))", 1, 2, 0); /* m: 392 -> 433,0 */
	reached2[392] = 1;
	trans[2][392]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][433] = settr(727,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(727,0,393,0,0,"sub-sequence", 1, 2, 0);
	trans[2][393]	= settr(687,2,404,152,152,"up[0] = 0", 1, 2, 0); /* m: 394 -> 0,404 */
	reached2[394] = 1;
	trans[2][394]	= settr(0,0,0,0,0,"daemon[0] = 0",0,0,0);
	trans[2][395]	= settr(0,0,0,0,0,"libvirtd[0] = 0",0,0,0);
	trans[2][396]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][405]	= settr(699,2,404,1,0,".(goto)", 1, 2, 0);
	T = trans[2][404] = settr(698,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(698,2,397,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(698,2,402,0,0,"DO", 1, 2, 0);
	trans[2][397]	= settr(691,2,404,153,153,"((k<=(2-1)))", 1, 2, 0); /* m: 398 -> 404,0 */
	reached2[398] = 1;
	trans[2][398]	= settr(0,0,0,0,0,"qemu[((k*3)+0)] = 0",0,0,0);
	trans[2][399]	= settr(0,0,0,0,0,"hasRecord[((k*3)+0)] = 0",0,0,0);
	trans[2][400]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+0)] = 0",0,0,0);
	trans[2][401]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][402]	= settr(696,2,432,2,0,"else", 1, 2, 0);
	trans[2][403]	= settr(697,2,432,1,0,"goto :b27", 1, 2, 0);
	trans[2][406]	= settr(700,2,432,1,0,"break", 1, 2, 0);
	T = trans[ 2][432] = settr(726,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(726,0,407,0,0,"sub-sequence", 1, 2, 0);
	trans[2][407]	= settr(701,2,429,154,154,"m = 0", 1, 2, 0);
	trans[2][430]	= settr(724,2,429,1,0,".(goto)", 1, 2, 0);
	T = trans[2][429] = settr(723,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(723,2,408,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(723,2,427,0,0,"DO", 1, 2, 0);
	trans[2][408]	= settr(702,2,424,155,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][424] = settr(718,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(718,0,409,0,0,"sub-sequence", 1, 2, 0);
	trans[2][409]	= settr(703,2,421,156,156,"c = 0", 1, 2, 0); /* m: 410 -> 0,421 */
	reached2[410] = 1;
	trans[2][410]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][422]	= settr(716,2,421,1,0,".(goto)", 1, 2, 0);
	T = trans[2][421] = settr(715,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(715,2,411,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(715,2,419,0,0,"DO", 1, 2, 0);
	trans[2][411]	= settr(705,2,416,157,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][416] = settr(710,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(710,2,412,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(710,2,414,0,0,"IF", 1, 2, 0);
	trans[2][412]	= settr(706,2,421,158,158,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 413 -> 421,0 */
	reached2[413] = 1;
	trans[2][413]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][417]	= settr(711,2,418,1,0,".(goto)", 1, 2, 0); /* m: 418 -> 0,421 */
	reached2[418] = 1;
	trans[2][414]	= settr(708,2,415,2,0,"else", 1, 2, 0);
	trans[2][415]	= settr(709,2,421,159,159,"(1)", 1, 2, 0); /* m: 418 -> 421,0 */
	reached2[418] = 1;
	trans[2][418]	= settr(712,2,421,160,160,"k = (k+1)", 1, 2, 0);
	trans[2][419]	= settr(713,2,425,2,0,"else", 1, 2, 0);
	trans[2][420]	= settr(714,2,425,1,0,"goto :b29", 1, 2, 0); /* m: 425 -> 0,429 */
	reached2[425] = 1;
	trans[2][423]	= settr(717,2,425,1,0,"break", 1, 2, 0);
	trans[2][425]	= settr(719,2,429,161,161,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 426 -> 0,429 */
	reached2[426] = 1;
	trans[2][426]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][427]	= settr(721,2,428,2,0,"else", 1, 2, 0);
	trans[2][428]	= settr(722,2,431,1,0,"goto :b28", 1, 2, 0);
	trans[2][431]	= settr(725,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][478] = settr(772,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(772,2,435,0,0,"ATOMIC", 1, 2, 0);
	trans[2][435]	= settr(729,2,477,162,162,"(((faults<2)&&up[1]))", 1, 2, 0); /* m: 436 -> 477,0 */
	reached2[436] = 1;
	trans[2][436]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][477] = settr(771,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(771,0,437,0,0,"sub-sequence", 1, 2, 0);
	trans[2][437]	= settr(731,2,448,163,163,"up[1] = 0", 1, 2, 0); /* m: 438 -> 0,448 */
	reached2[438] = 1;
	trans[2][438]	= settr(0,0,0,0,0,"daemon[1] = 0",0,0,0);
	trans[2][439]	= settr(0,0,0,0,0,"libvirtd[1] = 0",0,0,0);
	trans[2][440]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][449]	= settr(743,2,448,1,0,".(goto)", 1, 2, 0);
	T = trans[2][448] = settr(742,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(742,2,441,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(742,2,446,0,0,"DO", 1, 2, 0);
	trans[2][441]	= settr(735,2,448,164,164,"((k<=(2-1)))", 1, 2, 0); /* m: 442 -> 448,0 */
	reached2[442] = 1;
	trans[2][442]	= settr(0,0,0,0,0,"qemu[((k*3)+1)] = 0",0,0,0);
	trans[2][443]	= settr(0,0,0,0,0,"hasRecord[((k*3)+1)] = 0",0,0,0);
	trans[2][444]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+1)] = 0",0,0,0);
	trans[2][445]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][446]	= settr(740,2,476,2,0,"else", 1, 2, 0);
	trans[2][447]	= settr(741,2,476,1,0,"goto :b30", 1, 2, 0);
	trans[2][450]	= settr(744,2,476,1,0,"break", 1, 2, 0);
	T = trans[ 2][476] = settr(770,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(770,0,451,0,0,"sub-sequence", 1, 2, 0);
	trans[2][451]	= settr(745,2,473,165,165,"m = 0", 1, 2, 0);
	trans[2][474]	= settr(768,2,473,1,0,".(goto)", 1, 2, 0);
	T = trans[2][473] = settr(767,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(767,2,452,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(767,2,471,0,0,"DO", 1, 2, 0);
	trans[2][452]	= settr(746,2,468,166,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][468] = settr(762,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(762,0,453,0,0,"sub-sequence", 1, 2, 0);
	trans[2][453]	= settr(747,2,465,167,167,"c = 0", 1, 2, 0); /* m: 454 -> 0,465 */
	reached2[454] = 1;
	trans[2][454]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][466]	= settr(760,2,465,1,0,".(goto)", 1, 2, 0);
	T = trans[2][465] = settr(759,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(759,2,455,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(759,2,463,0,0,"DO", 1, 2, 0);
	trans[2][455]	= settr(749,2,460,168,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][460] = settr(754,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(754,2,456,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(754,2,458,0,0,"IF", 1, 2, 0);
	trans[2][456]	= settr(750,2,465,169,169,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 457 -> 465,0 */
	reached2[457] = 1;
	trans[2][457]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][461]	= settr(755,2,462,1,0,".(goto)", 1, 2, 0); /* m: 462 -> 0,465 */
	reached2[462] = 1;
	trans[2][458]	= settr(752,2,459,2,0,"else", 1, 2, 0);
	trans[2][459]	= settr(753,2,465,170,170,"(1)", 1, 2, 0); /* m: 462 -> 465,0 */
	reached2[462] = 1;
	trans[2][462]	= settr(756,2,465,171,171,"k = (k+1)", 1, 2, 0);
	trans[2][463]	= settr(757,2,469,2,0,"else", 1, 2, 0);
	trans[2][464]	= settr(758,2,469,1,0,"goto :b32", 1, 2, 0); /* m: 469 -> 0,473 */
	reached2[469] = 1;
	trans[2][467]	= settr(761,2,469,1,0,"break", 1, 2, 0);
	trans[2][469]	= settr(763,2,473,172,172,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 470 -> 0,473 */
	reached2[470] = 1;
	trans[2][470]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][471]	= settr(765,2,472,2,0,"else", 1, 2, 0);
	trans[2][472]	= settr(766,2,475,1,0,"goto :b31", 1, 2, 0);
	trans[2][475]	= settr(769,0,523,1,0,"break", 1, 2, 0);
	T = trans[ 2][522] = settr(816,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(816,2,479,0,0,"ATOMIC", 1, 2, 0);
	trans[2][479]	= settr(773,2,521,173,173,"(((faults<2)&&up[2]))", 1, 2, 0); /* m: 480 -> 521,0 */
	reached2[480] = 1;
	trans[2][480]	= settr(0,0,0,0,0,"faults = (faults+1)",0,0,0);
	T = trans[ 2][521] = settr(815,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(815,0,481,0,0,"sub-sequence", 1, 2, 0);
	trans[2][481]	= settr(775,2,492,174,174,"up[2] = 0", 1, 2, 0); /* m: 482 -> 0,492 */
	reached2[482] = 1;
	trans[2][482]	= settr(0,0,0,0,0,"daemon[2] = 0",0,0,0);
	trans[2][483]	= settr(0,0,0,0,0,"libvirtd[2] = 0",0,0,0);
	trans[2][484]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][493]	= settr(787,2,492,1,0,".(goto)", 1, 2, 0);
	T = trans[2][492] = settr(786,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(786,2,485,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(786,2,490,0,0,"DO", 1, 2, 0);
	trans[2][485]	= settr(779,2,492,175,175,"((k<=(2-1)))", 1, 2, 0); /* m: 486 -> 492,0 */
	reached2[486] = 1;
	trans[2][486]	= settr(0,0,0,0,0,"qemu[((k*3)+2)] = 0",0,0,0);
	trans[2][487]	= settr(0,0,0,0,0,"hasRecord[((k*3)+2)] = 0",0,0,0);
	trans[2][488]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+2)] = 0",0,0,0);
	trans[2][489]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[2][490]	= settr(784,2,520,2,0,"else", 1, 2, 0);
	trans[2][491]	= settr(785,2,520,1,0,"goto :b33", 1, 2, 0);
	trans[2][494]	= settr(788,2,520,1,0,"break", 1, 2, 0);
	T = trans[ 2][520] = settr(814,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(814,0,495,0,0,"sub-sequence", 1, 2, 0);
	trans[2][495]	= settr(789,2,517,176,176,"m = 0", 1, 2, 0);
	trans[2][518]	= settr(812,2,517,1,0,".(goto)", 1, 2, 0);
	T = trans[2][517] = settr(811,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(811,2,496,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(811,2,515,0,0,"DO", 1, 2, 0);
	trans[2][496]	= settr(790,2,512,177,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 2][512] = settr(806,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(806,0,497,0,0,"sub-sequence", 1, 2, 0);
	trans[2][497]	= settr(791,2,509,178,178,"c = 0", 1, 2, 0); /* m: 498 -> 0,509 */
	reached2[498] = 1;
	trans[2][498]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[2][510]	= settr(804,2,509,1,0,".(goto)", 1, 2, 0);
	T = trans[2][509] = settr(803,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(803,2,499,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(803,2,507,0,0,"DO", 1, 2, 0);
	trans[2][499]	= settr(793,2,504,179,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[2][504] = settr(798,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(798,2,500,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(798,2,502,0,0,"IF", 1, 2, 0);
	trans[2][500]	= settr(794,2,509,180,180,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 501 -> 509,0 */
	reached2[501] = 1;
	trans[2][501]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[2][505]	= settr(799,2,506,1,0,".(goto)", 1, 2, 0); /* m: 506 -> 0,509 */
	reached2[506] = 1;
	trans[2][502]	= settr(796,2,503,2,0,"else", 1, 2, 0);
	trans[2][503]	= settr(797,2,509,181,181,"(1)", 1, 2, 0); /* m: 506 -> 509,0 */
	reached2[506] = 1;
	trans[2][506]	= settr(800,2,509,182,182,"k = (k+1)", 1, 2, 0);
	trans[2][507]	= settr(801,2,513,2,0,"else", 1, 2, 0);
	trans[2][508]	= settr(802,2,513,1,0,"goto :b35", 1, 2, 0); /* m: 513 -> 0,517 */
	reached2[513] = 1;
	trans[2][511]	= settr(805,2,513,1,0,"break", 1, 2, 0);
	trans[2][513]	= settr(807,2,517,183,183,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 514 -> 0,517 */
	reached2[514] = 1;
	trans[2][514]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[2][515]	= settr(809,2,516,2,0,"else", 1, 2, 0);
	trans[2][516]	= settr(810,2,519,1,0,"goto :b34", 1, 2, 0);
	trans[2][519]	= settr(813,0,523,1,0,"break", 1, 2, 0);
	trans[2][525]	= settr(819,0,526,1,0,"break", 0, 2, 0);
	trans[2][526]	= settr(820,0,0,184,184,"-end-", 0, 3500, 0);

	/* proctype 1: Daemon */

	trans[1] = (Trans **) emalloc(45*sizeof(Trans *));

	trans[1][42]	= settr(292,0,41,1,0,".(goto)", 0, 2, 0);
	T = trans[1][41] = settr(291,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(291,0,13,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(291,0,33,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(291,0,40,0,0,"DO", 0, 2, 0);
	T = trans[ 1][13] = settr(263,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(263,2,1,0,0,"ATOMIC", 1, 503, 4);
	trans[1][1]	= settr(251,2,2,185,0,"(((len(reports)<=(6-2))&&nempty(events[x])))", 1, 503, 4);
	trans[1][2]	= settr(252,2,9,186,186,"events[x]?g,kind", 1, 503, 4);
	T = trans[1][9] = settr(259,2,0,0,0,"IF", 1, 503, 4);
	T = T->nxt	= settr(259,2,3,0,0,"IF", 1, 503, 4);
	    T->nxt	= settr(259,2,7,0,0,"IF", 1, 503, 4);
	trans[1][3]	= settr(253,2,6,187,187,"(((((daemon[x]&&((((kind==7)||(kind==6))||(kind==5))||(kind==4)))&&(hasRecord[((g*3)+x)]&&(intent[((g*3)+x)]==5)))&&!(qemu[((g*3)+x)]))&&quorate[x]))", 1, 503, 4); /* m: 4 -> 6,0 */
	reached1[4] = 1;
	trans[1][4]	= settr(0,0,0,0,0,"assert(quorate[x])",0,0,0);
	trans[1][5]	= settr(0,0,0,0,0,"assert((!(qemu[((g*3)+x)])&&!(byCluster[((g*3)+x)])))",0,0,0);
	trans[1][6]	= settr(256,0,41,188,188,"reports!2,g,x", 1, 503, 4); /* m: 11 -> 41,0 */
	reached1[11] = 1;
	trans[1][10]	= settr(260,2,11,1,0,".(goto)", 1, 503, 4); /* m: 11 -> 0,41 */
	reached1[11] = 1;
	trans[1][7]	= settr(257,2,8,2,0,"else", 1, 503, 4);
	trans[1][8]	= settr(258,0,41,189,189,"(1)", 1, 503, 4); /* m: 11 -> 41,0 */
	reached1[11] = 1;
	trans[1][11]	= settr(261,0,41,190,190,"g = 0", 1, 503, 4); /* m: 12 -> 0,41 */
	reached1[12] = 1;
	trans[1][12]	= settr(0,0,0,0,0,"kind = 0",0,0,0);
	T = trans[ 1][33] = settr(283,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(283,2,14,0,0,"ATOMIC", 1, 4, 0);
	trans[1][14]	= settr(264,2,29,191,191,"(((((len(reports)<=(6-2))&&daemon[x])&&rescan[x])&&libvirtd[x]))", 1, 4, 0); /* m: 15 -> 29,0 */
	reached1[15] = 1;
	trans[1][15]	= settr(0,0,0,0,0,"rescan[x] = 0",0,0,0);
	trans[1][16]	= settr(0,0,0,0,0,"g = 0",0,0,0);
	trans[1][30]	= settr(280,2,29,1,0,".(goto)", 1, 4, 0);
	T = trans[1][29] = settr(279,2,0,0,0,"DO", 1, 4, 0);
	T = T->nxt	= settr(279,2,17,0,0,"DO", 1, 4, 0);
	    T->nxt	= settr(279,2,27,0,0,"DO", 1, 4, 0);
	trans[1][17]	= settr(267,2,24,192,0,"((g<=(2-1)))", 1, 4, 0);
	T = trans[1][24] = settr(274,2,0,0,0,"IF", 1, 4, 0);
	T = T->nxt	= settr(274,2,18,0,0,"IF", 1, 4, 0);
	    T->nxt	= settr(274,2,22,0,0,"IF", 1, 4, 0);
	trans[1][18]	= settr(268,2,21,193,193,"((((hasRecord[((g*3)+x)]&&(intent[((g*3)+x)]==5))&&!(qemu[((g*3)+x)]))&&quorate[x]))", 1, 4, 0); /* m: 19 -> 21,0 */
	reached1[19] = 1;
	trans[1][19]	= settr(0,0,0,0,0,"assert(quorate[x])",0,0,0);
	trans[1][20]	= settr(0,0,0,0,0,"assert((!(qemu[((g*3)+x)])&&!(byCluster[((g*3)+x)])))",0,0,0);
	trans[1][21]	= settr(271,2,29,194,194,"reports!2,g,x", 1, 4, 0); /* m: 26 -> 29,0 */
	reached1[26] = 1;
	trans[1][25]	= settr(275,2,26,1,0,".(goto)", 1, 4, 0); /* m: 26 -> 0,29 */
	reached1[26] = 1;
	trans[1][22]	= settr(272,2,23,2,0,"else", 1, 4, 0);
	trans[1][23]	= settr(273,2,29,195,195,"(1)", 1, 4, 0); /* m: 26 -> 29,0 */
	reached1[26] = 1;
	trans[1][26]	= settr(276,2,29,196,196,"g = (g+1)", 1, 4, 0);
	trans[1][27]	= settr(277,2,31,2,0,"else", 1, 4, 0);
	trans[1][28]	= settr(278,2,31,1,0,"goto :b10", 1, 4, 0);
	trans[1][31]	= settr(281,2,32,1,0,"break", 1, 4, 0);
	trans[1][32]	= settr(282,0,41,197,197,"g = 0", 1, 4, 0);
	T = trans[ 1][40] = settr(290,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(290,2,34,0,0,"ATOMIC", 1, 4, 0);
	trans[1][34]	= settr(284,2,38,198,198,"(((((((len(reports)<=(6-2))&&daemon[x])&&up[x])&&(((x==0)||((x==1)&&!(((daemon[0]&&up[0])&&(cut[0]==cut[1])))))||(((x==2)&&!(((daemon[0]&&up[0])&&(cut[0]==cut[2]))))&&!(((daemon[1]&&up[1])&&(cut[1]==cut[2]))))))&&quorate[x])&&((((((((0!=x)&&up[0])&&!(daemon[0]))&&member[0])&&(cut[0]==cut[x]))&&!(daemonReported[0]))||((((((1!=x)&&up[1])&&!(daemon[1]))&&member[1])&&(cut[1]==cut[x]))&&!(daemonReported[1])))||((((((2!=x)&&up[2])&&!(daemon[2]))&&member[2])&&(cut[2]==cut[x]))&&!(daemonReported[2])))))", 1, 4, 0); /* m: 35 -> 38,0 */
	reached1[35] = 1;
	trans[1][35]	= settr(0,0,0,0,0,"n = ( (((((((0!=x)&&up[0])&&!(daemon[0]))&&member[0])&&(cut[0]==cut[x]))&&!(daemonReported[0]))) -> (0) : (( (((((((1!=x)&&up[1])&&!(daemon[1]))&&member[1])&&(cut[1]==cut[x]))&&!(daemonReported[1]))) -> (1) : (2) )) )",0,0,0);
	trans[1][36]	= settr(0,0,0,0,0,"assert(quorate[x])",0,0,0);
	trans[1][37]	= settr(0,0,0,0,0,"daemonReported[n] = 1",0,0,0);
	trans[1][38]	= settr(288,0,41,199,199,"reports!1,n,n", 1, 4, 0); /* m: 39 -> 41,0 */
	reached1[39] = 1;
	trans[1][39]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[1][43]	= settr(293,0,44,1,0,"break", 0, 2, 0);
	trans[1][44]	= settr(294,0,0,200,200,"-end-", 0, 3500, 0);

	/* proctype 0: Pacemaker */

	trans[0] = (Trans **) emalloc(252*sizeof(Trans *));

	trans[0][249]	= settr(248,0,248,1,0,".(goto)", 0, 2, 0);
	T = trans[0][248] = settr(247,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(247,0,39,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(247,0,80,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(247,0,148,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(247,0,186,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(247,0,194,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(247,0,247,0,0,"DO", 0, 2, 0);
	T = trans[ 0][39] = settr(38,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(38,2,1,0,0,"ATOMIC", 1, 504, 0);
	trans[0][1]	= settr(0,2,34,201,201,"reports?rkind,what,n", 1, 504, 0);
	T = trans[0][34] = settr(33,2,0,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(33,2,2,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(33,2,28,0,0,"IF", 1, 504, 0);
	    T->nxt	= settr(33,2,32,0,0,"IF", 1, 504, 0);
	trans[0][2]	= settr(1,2,27,202,0,"(((((rkind==2)&&up[n])&&member[n])&&quorate[n]))", 1, 504, 0);
	T = trans[ 0][27] = settr(26,0,0,0,0,"sub-sequence", 1, 504, 0);
	T->nxt	= settr(26,0,3,0,0,"sub-sequence", 1, 504, 0);
	trans[0][3]	= settr(2,2,18,203,203,"hasRecord[((what*3)+n)] = 1", 1, 504, 0); /* m: 4 -> 0,18 */
	reached0[4] = 1;
	trans[0][4]	= settr(0,0,0,0,0,"intent[((what*3)+n)] = 4",0,0,0);
	T = trans[0][18] = settr(17,2,0,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(17,2,5,0,0,"IF", 1, 504, 0);
	    T->nxt	= settr(17,2,16,0,0,"IF", 1, 504, 0);
	trans[0][5]	= settr(4,2,14,204,204,"(qemu[((what*3)+n)])", 1, 504, 0); /* m: 6 -> 14,0 */
	reached0[6] = 1;
	trans[0][6]	= settr(0,0,0,0,0,"qemu[((what*3)+n)] = 0",0,0,0);
	trans[0][7]	= settr(0,0,0,0,0,"byCluster[((what*3)+n)] = 1",0,0,0);
	T = trans[0][14] = settr(13,2,0,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(13,2,8,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(13,2,10,0,0,"IF", 1, 504, 0);
	    T->nxt	= settr(13,2,12,0,0,"IF", 1, 504, 0);
	trans[0][8]	= settr(7,2,9,205,0,"(((libvirtd[n]&&daemon[n])&&nfull(events[n])))", 1, 504, 0);
	trans[0][9]	= settr(8,2,25,206,206,"events[n]!what,2", 1, 504, 0); /* m: 20 -> 25,0 */
	reached0[20] = 1;
	trans[0][15]	= settr(14,2,20,1,0,".(goto)", 1, 504, 0); /* m: 20 -> 0,25 */
	reached0[20] = 1;
	trans[0][10]	= settr(9,2,11,207,0,"((libvirtd[n]&&(!(daemon[n])||full(events[n]))))", 1, 504, 0);
	trans[0][11]	= settr(10,2,25,208,208,"(1)", 1, 504, 0); /* m: 20 -> 25,0 */
	reached0[20] = 1;
	trans[0][12]	= settr(11,2,25,209,209,"(!(libvirtd[n]))", 1, 504, 0); /* m: 13 -> 25,0 */
	reached0[13] = 1;
	trans[0][13]	= settr(0,0,0,0,0,"pendingFailed[((what*3)+n)] = 1",0,0,0);
	trans[0][19]	= settr(18,2,20,1,0,".(goto)", 1, 504, 0); /* m: 20 -> 0,25 */
	reached0[20] = 1;
	trans[0][16]	= settr(15,2,17,2,0,"else", 1, 504, 0);
	trans[0][17]	= settr(16,2,25,210,210,"(1)", 1, 504, 0); /* m: 20 -> 25,0 */
	reached0[20] = 1;
	trans[0][20]	= settr(19,2,25,211,211,"hasRecord[((what*3)+n)] = 0", 1, 504, 0);
	T = trans[0][25] = settr(24,2,0,0,0,"IF", 1, 504, 0);
	T = T->nxt	= settr(24,2,21,0,0,"IF", 1, 504, 0);
	    T->nxt	= settr(24,2,23,0,0,"IF", 1, 504, 0);
	trans[0][21]	= settr(20,0,248,212,212,"((where[what]==n))", 1, 504, 0); /* m: 22 -> 248,0 */
	reached0[22] = 1;
	trans[0][22]	= settr(0,0,0,0,0,"where[what] = 255",0,0,0);
	trans[0][26]	= settr(25,2,36,1,0,".(goto)", 1, 504, 0); /* m: 36 -> 0,248 */
	reached0[36] = 1;
	trans[0][23]	= settr(22,2,24,2,0,"else", 1, 504, 0);
	trans[0][24]	= settr(23,0,248,213,213,"(1)", 1, 504, 0); /* m: 36 -> 248,0 */
	reached0[36] = 1;
	trans[0][35]	= settr(34,2,36,1,0,".(goto)", 1, 504, 0); /* m: 36 -> 0,248 */
	reached0[36] = 1;
	trans[0][28]	= settr(27,0,248,214,214,"(((((rkind==1)&&up[n])&&member[n])&&quorate[n]))", 1, 504, 0); /* m: 29 -> 248,0 */
	reached0[29] = 1;
	trans[0][29]	= settr(0,0,0,0,0,"daemon[n] = 1",0,0,0);
	trans[0][30]	= settr(0,0,0,0,0,"rescan[n] = 1",0,0,0);
	trans[0][31]	= settr(0,0,0,0,0,"daemonReported[n] = 0",0,0,0);
	trans[0][32]	= settr(31,2,33,2,0,"else", 1, 504, 0);
	trans[0][33]	= settr(32,0,248,215,215,"(1)", 1, 504, 0); /* m: 36 -> 248,0 */
	reached0[36] = 1;
	trans[0][36]	= settr(35,0,248,216,216,"rkind = 0", 1, 504, 0); /* m: 37 -> 0,248 */
	reached0[37] = 1;
	trans[0][37]	= settr(0,0,0,0,0,"what = 0",0,0,0);
	trans[0][38]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	T = trans[ 0][80] = settr(79,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(79,2,40,0,0,"ATOMIC", 1, 2, 0);
	trans[0][40]	= settr(39,2,73,217,217,"((((quorate[0]||quorate[1])||quorate[2])&&((where[0]==255)||(where[1]==255))))", 1, 2, 0); /* m: 41 -> 73,0 */
	reached0[41] = 1;
	trans[0][41]	= settr(0,0,0,0,0,"g = 0",0,0,0);
	trans[0][74]	= settr(73,2,73,1,0,".(goto)", 1, 2, 0);
	T = trans[0][73] = settr(72,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(72,2,42,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(72,2,71,0,0,"DO", 1, 2, 0);
	trans[0][42]	= settr(41,2,56,218,218,"((g<=(2-1)))", 1, 2, 0); /* m: 43 -> 56,0 */
	reached0[43] = 1;
	trans[0][43]	= settr(0,0,0,0,0,"n = 255",0,0,0);
	trans[0][44]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[0][57]	= settr(56,2,56,1,0,".(goto)", 1, 2, 0);
	T = trans[0][56] = settr(55,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(55,2,45,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(55,2,54,0,0,"DO", 1, 2, 0);
	trans[0][45]	= settr(44,2,51,219,219,"((k<=(3-1)))", 1, 2, 0); /* m: 46 -> 51,0 */
	reached0[46] = 1;
	trans[0][46]	= settr(0,0,0,0,0,"m = ((g+k)%3)",0,0,0);
	T = trans[0][51] = settr(50,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(50,2,47,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(50,2,49,0,0,"IF", 1, 2, 0);
	trans[0][47]	= settr(46,2,56,220,220,"(((((((n==255)&&(where[g]==255))&&up[m])&&member[m])&&quorate[m])&&libvirtd[m]))", 1, 2, 0); /* m: 48 -> 56,0 */
	reached0[48] = 1;
	trans[0][48]	= settr(0,0,0,0,0,"n = m",0,0,0);
	trans[0][52]	= settr(51,2,53,1,0,".(goto)", 1, 2, 0); /* m: 53 -> 0,56 */
	reached0[53] = 1;
	trans[0][49]	= settr(48,2,50,2,0,"else", 1, 2, 0);
	trans[0][50]	= settr(49,2,56,221,221,"(1)", 1, 2, 0); /* m: 53 -> 56,0 */
	reached0[53] = 1;
	trans[0][53]	= settr(52,2,56,222,222,"k = (k+1)", 1, 2, 0);
	trans[0][54]	= settr(53,2,68,2,0,"else", 1, 2, 0);
	trans[0][55]	= settr(54,2,68,1,0,"goto :b2", 1, 2, 0);
	trans[0][58]	= settr(57,2,68,1,0,"break", 1, 2, 0);
	T = trans[0][68] = settr(67,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(67,2,59,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(67,2,66,0,0,"IF", 1, 2, 0);
	trans[0][59]	= settr(58,2,65,223,0,"((n!=255))", 1, 2, 0);
	T = trans[ 0][65] = settr(64,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(64,0,60,0,0,"sub-sequence", 1, 2, 0);
	trans[0][60]	= settr(59,2,73,224,224,"qemu[((g*3)+n)] = 1", 1, 2, 0); /* m: 61 -> 0,73 */
	reached0[61] = 1;
	trans[0][61]	= settr(0,0,0,0,0,"byCluster[((g*3)+n)] = 0",0,0,0);
	trans[0][62]	= settr(0,0,0,0,0,"hasRecord[((g*3)+n)] = 1",0,0,0);
	trans[0][63]	= settr(0,0,0,0,0,"intent[((g*3)+n)] = 5",0,0,0);
	trans[0][64]	= settr(0,0,0,0,0,"where[g] = n",0,0,0);
	trans[0][69]	= settr(68,2,70,1,0,".(goto)", 1, 2, 0); /* m: 70 -> 0,73 */
	reached0[70] = 1;
	trans[0][66]	= settr(65,2,67,2,0,"else", 1, 2, 0);
	trans[0][67]	= settr(66,2,73,225,225,"(1)", 1, 2, 0); /* m: 70 -> 73,0 */
	reached0[70] = 1;
	trans[0][70]	= settr(69,2,73,226,226,"g = (g+1)", 1, 2, 0);
	trans[0][71]	= settr(70,2,76,2,0,"else", 1, 2, 0);
	trans[0][72]	= settr(71,2,76,1,0,"goto :b1", 1, 2, 0); /* m: 76 -> 0,248 */
	reached0[76] = 1;
	trans[0][75]	= settr(74,2,76,1,0,"break", 1, 2, 0);
	trans[0][76]	= settr(75,0,248,227,227,"g = 0", 1, 2, 0); /* m: 77 -> 0,248 */
	reached0[77] = 1;
	trans[0][77]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[0][78]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	trans[0][79]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	T = trans[ 0][148] = settr(147,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(147,2,81,0,0,"ATOMIC", 1, 2, 0);
	trans[0][81]	= settr(80,2,143,228,228,"((((quorate[0]||quorate[1])||quorate[2])&&(((member[0]&&!(quorate[0]))||(member[1]&&!(quorate[1])))||(member[2]&&!(quorate[2])))))", 1, 2, 0); /* m: 82 -> 143,0 */
	reached0[82] = 1;
	trans[0][82]	= settr(0,0,0,0,0,"n = ( ((member[0]&&!(quorate[0]))) -> (0) : (( ((member[1]&&!(quorate[1]))) -> (1) : (2) )) )",0,0,0);
	trans[0][83]	= settr(0,0,0,0,0,"assert(((quorate[0]||quorate[1])||quorate[2]))",0,0,0);
	T = trans[0][143] = settr(142,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(142,2,84,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(142,2,141,0,0,"IF", 1, 2, 0);
	trans[0][84]	= settr(83,2,125,229,0,"(fenceReachable[n])", 1, 2, 0);
	T = trans[ 0][125] = settr(124,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(124,0,85,0,0,"sub-sequence", 1, 2, 0);
	trans[0][85]	= settr(84,2,96,230,230,"up[n] = 0", 1, 2, 0); /* m: 86 -> 0,96 */
	reached0[86] = 1;
	trans[0][86]	= settr(0,0,0,0,0,"daemon[n] = 0",0,0,0);
	trans[0][87]	= settr(0,0,0,0,0,"libvirtd[n] = 0",0,0,0);
	trans[0][88]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[0][97]	= settr(96,2,96,1,0,".(goto)", 1, 2, 0);
	T = trans[0][96] = settr(95,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(95,2,89,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(95,2,94,0,0,"DO", 1, 2, 0);
	trans[0][89]	= settr(88,2,96,231,231,"((k<=(2-1)))", 1, 2, 0); /* m: 90 -> 96,0 */
	reached0[90] = 1;
	trans[0][90]	= settr(0,0,0,0,0,"qemu[((k*3)+n)] = 0",0,0,0);
	trans[0][91]	= settr(0,0,0,0,0,"hasRecord[((k*3)+n)] = 0",0,0,0);
	trans[0][92]	= settr(0,0,0,0,0,"pendingFailed[((k*3)+n)] = 0",0,0,0);
	trans[0][93]	= settr(0,0,0,0,0,"k = (k+1)",0,0,0);
	trans[0][94]	= settr(93,2,124,2,0,"else", 1, 2, 0);
	trans[0][95]	= settr(94,2,124,1,0,"goto :b3", 1, 2, 0);
	trans[0][98]	= settr(97,2,124,1,0,"break", 1, 2, 0);
	T = trans[ 0][124] = settr(123,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(123,0,99,0,0,"sub-sequence", 1, 2, 0);
	trans[0][99]	= settr(98,2,121,232,232,"m = 0", 1, 2, 0);
	trans[0][122]	= settr(121,2,121,1,0,".(goto)", 1, 2, 0);
	T = trans[0][121] = settr(120,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(120,2,100,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(120,2,119,0,0,"DO", 1, 2, 0);
	trans[0][100]	= settr(99,2,116,233,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 0][116] = settr(115,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(115,0,101,0,0,"sub-sequence", 1, 2, 0);
	trans[0][101]	= settr(100,2,113,234,234,"c = 0", 1, 2, 0); /* m: 102 -> 0,113 */
	reached0[102] = 1;
	trans[0][102]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[0][114]	= settr(113,2,113,1,0,".(goto)", 1, 2, 0);
	T = trans[0][113] = settr(112,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(112,2,103,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(112,2,111,0,0,"DO", 1, 2, 0);
	trans[0][103]	= settr(102,2,108,235,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[0][108] = settr(107,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(107,2,104,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(107,2,106,0,0,"IF", 1, 2, 0);
	trans[0][104]	= settr(103,2,113,236,236,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 105 -> 113,0 */
	reached0[105] = 1;
	trans[0][105]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[0][109]	= settr(108,2,110,1,0,".(goto)", 1, 2, 0); /* m: 110 -> 0,113 */
	reached0[110] = 1;
	trans[0][106]	= settr(105,2,107,2,0,"else", 1, 2, 0);
	trans[0][107]	= settr(106,2,113,237,237,"(1)", 1, 2, 0); /* m: 110 -> 113,0 */
	reached0[110] = 1;
	trans[0][110]	= settr(109,2,113,238,238,"k = (k+1)", 1, 2, 0);
	trans[0][111]	= settr(110,2,117,2,0,"else", 1, 2, 0);
	trans[0][112]	= settr(111,2,117,1,0,"goto :b5", 1, 2, 0); /* m: 117 -> 0,121 */
	reached0[117] = 1;
	trans[0][115]	= settr(114,2,117,1,0,"break", 1, 2, 0);
	trans[0][117]	= settr(116,2,121,239,239,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 118 -> 0,121 */
	reached0[118] = 1;
	trans[0][118]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[0][119]	= settr(118,2,126,2,0,"else", 1, 2, 0);
	trans[0][120]	= settr(119,2,126,1,0,"goto :b4", 1, 2, 0); /* m: 126 -> 0,138 */
	reached0[126] = 1;
	trans[0][123]	= settr(122,2,126,1,0,"break", 1, 2, 0);
	trans[0][126]	= settr(125,2,138,240,240,"member[n] = 0", 1, 2, 0); /* m: 127 -> 0,138 */
	reached0[127] = 1;
	trans[0][127]	= settr(0,0,0,0,0,"g = 0",0,0,0);
	trans[0][139]	= settr(138,2,138,1,0,".(goto)", 1, 2, 0);
	T = trans[0][138] = settr(137,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(137,2,128,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(137,2,136,0,0,"DO", 1, 2, 0);
	trans[0][128]	= settr(127,2,133,241,0,"((g<=(2-1)))", 1, 2, 0);
	T = trans[0][133] = settr(132,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(132,2,129,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(132,2,131,0,0,"IF", 1, 2, 0);
	trans[0][129]	= settr(128,2,138,242,242,"((where[g]==n))", 1, 2, 0); /* m: 130 -> 138,0 */
	reached0[130] = 1;
	trans[0][130]	= settr(0,0,0,0,0,"where[g] = 255",0,0,0);
	trans[0][134]	= settr(133,2,135,1,0,".(goto)", 1, 2, 0); /* m: 135 -> 0,138 */
	reached0[135] = 1;
	trans[0][131]	= settr(130,2,132,2,0,"else", 1, 2, 0);
	trans[0][132]	= settr(131,2,138,243,243,"(1)", 1, 2, 0); /* m: 135 -> 138,0 */
	reached0[135] = 1;
	trans[0][135]	= settr(134,2,138,244,244,"g = (g+1)", 1, 2, 0);
	trans[0][136]	= settr(135,2,145,2,0,"else", 1, 2, 0);
	trans[0][137]	= settr(136,2,145,1,0,"goto :b6", 1, 2, 0); /* m: 145 -> 0,248 */
	reached0[145] = 1;
	trans[0][140]	= settr(139,2,145,1,0,"break", 1, 2, 0);
	trans[0][144]	= settr(143,2,145,1,0,".(goto)", 1, 2, 0); /* m: 145 -> 0,248 */
	reached0[145] = 1;
	trans[0][141]	= settr(140,2,142,2,0,"else", 1, 2, 0);
	trans[0][142]	= settr(141,0,248,245,245,"(1)", 1, 2, 0); /* m: 145 -> 248,0 */
	reached0[145] = 1;
	trans[0][145]	= settr(144,0,248,246,246,"g = 0", 1, 2, 0); /* m: 146 -> 0,248 */
	reached0[146] = 1;
	trans[0][146]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[0][147]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	T = trans[ 0][186] = settr(185,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(185,2,149,0,0,"ATOMIC", 1, 2, 0);
	trans[0][149]	= settr(148,2,183,247,247,"((((quorate[0]||quorate[1])||quorate[2])&&((!(member[0])||!(member[1]))||!(member[2]))))", 1, 2, 0); /* m: 150 -> 183,0 */
	reached0[150] = 1;
	trans[0][150]	= settr(0,0,0,0,0,"n = ( (!(member[0])) -> (0) : (( (!(member[1])) -> (1) : (2) )) )",0,0,0);
	trans[0][151]	= settr(0,0,0,0,0,"up[n] = 1",0,0,0);
	trans[0][152]	= settr(0,0,0,0,0,"cut[n] = 0",0,0,0);
	trans[0][153]	= settr(0,0,0,0,0,"libvirtd[n] = 1",0,0,0);
	trans[0][154]	= settr(0,0,0,0,0,"member[n] = 1",0,0,0);
	trans[0][155]	= settr(0,0,0,0,0,"daemon[n] = 1",0,0,0);
	trans[0][156]	= settr(0,0,0,0,0,"rescan[n] = 1",0,0,0);
	trans[0][157]	= settr(0,0,0,0,0,"daemonReported[n] = 0",0,0,0);
	T = trans[ 0][183] = settr(182,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(182,0,158,0,0,"sub-sequence", 1, 2, 0);
	trans[0][158]	= settr(157,2,180,248,248,"m = 0", 1, 2, 0);
	trans[0][181]	= settr(180,2,180,1,0,".(goto)", 1, 2, 0);
	T = trans[0][180] = settr(179,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(179,2,159,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(179,2,178,0,0,"DO", 1, 2, 0);
	trans[0][159]	= settr(158,2,175,249,0,"((m<=(3-1)))", 1, 2, 0);
	T = trans[ 0][175] = settr(174,0,0,0,0,"sub-sequence", 1, 2, 0);
	T->nxt	= settr(174,0,160,0,0,"sub-sequence", 1, 2, 0);
	trans[0][160]	= settr(159,2,172,250,250,"c = 0", 1, 2, 0); /* m: 161 -> 0,172 */
	reached0[161] = 1;
	trans[0][161]	= settr(0,0,0,0,0,"k = 0",0,0,0);
	trans[0][173]	= settr(172,2,172,1,0,".(goto)", 1, 2, 0);
	T = trans[0][172] = settr(171,2,0,0,0,"DO", 1, 2, 0);
	T = T->nxt	= settr(171,2,162,0,0,"DO", 1, 2, 0);
	    T->nxt	= settr(171,2,170,0,0,"DO", 1, 2, 0);
	trans[0][162]	= settr(161,2,167,251,0,"((k<=(3-1)))", 1, 2, 0);
	T = trans[0][167] = settr(166,2,0,0,0,"IF", 1, 2, 0);
	T = T->nxt	= settr(166,2,163,0,0,"IF", 1, 2, 0);
	    T->nxt	= settr(166,2,165,0,0,"IF", 1, 2, 0);
	trans[0][163]	= settr(162,2,172,252,252,"((up[k]&&(cut[k]==cut[m])))", 1, 2, 0); /* m: 164 -> 172,0 */
	reached0[164] = 1;
	trans[0][164]	= settr(0,0,0,0,0,"c = (c+1)",0,0,0);
	trans[0][168]	= settr(167,2,169,1,0,".(goto)", 1, 2, 0); /* m: 169 -> 0,172 */
	reached0[169] = 1;
	trans[0][165]	= settr(164,2,166,2,0,"else", 1, 2, 0);
	trans[0][166]	= settr(165,2,172,253,253,"(1)", 1, 2, 0); /* m: 169 -> 172,0 */
	reached0[169] = 1;
	trans[0][169]	= settr(168,2,172,254,254,"k = (k+1)", 1, 2, 0);
	trans[0][170]	= settr(169,2,176,2,0,"else", 1, 2, 0);
	trans[0][171]	= settr(170,2,176,1,0,"goto :b8", 1, 2, 0); /* m: 176 -> 0,180 */
	reached0[176] = 1;
	trans[0][174]	= settr(173,2,176,1,0,"break", 1, 2, 0);
	trans[0][176]	= settr(175,2,180,255,255,"quorate[m] = (up[m]&&((c*2)>3))", 1, 2, 0); /* m: 177 -> 0,180 */
	reached0[177] = 1;
	trans[0][177]	= settr(0,0,0,0,0,"m = (m+1)",0,0,0);
	trans[0][178]	= settr(177,2,184,2,0,"else", 1, 2, 0);
	trans[0][179]	= settr(178,2,184,1,0,"goto :b7", 1, 2, 0); /* m: 184 -> 0,248 */
	reached0[184] = 1;
	trans[0][182]	= settr(181,2,184,1,0,"break", 1, 2, 0);
	trans[0][184]	= settr(183,0,248,256,256,"n = 0", 1, 2, 0); /* m: 185 -> 0,248 */
	reached0[185] = 1;
	trans[0][185]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	T = trans[ 0][194] = settr(193,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(193,2,187,0,0,"ATOMIC", 1, 2, 0);
	trans[0][187]	= settr(186,0,248,257,257,"((((quorate[0]||quorate[1])||quorate[2])&&(((((up[0]&&member[0])&&quorate[0])&&!(daemon[0]))||(((up[1]&&member[1])&&quorate[1])&&!(daemon[1])))||(((up[2]&&member[2])&&quorate[2])&&!(daemon[2])))))", 1, 2, 0); /* m: 188 -> 248,0 */
	reached0[188] = 1;
	trans[0][188]	= settr(0,0,0,0,0,"n = ( ((((up[0]&&member[0])&&quorate[0])&&!(daemon[0]))) -> (0) : (( ((((up[1]&&member[1])&&quorate[1])&&!(daemon[1]))) -> (1) : (2) )) )",0,0,0);
	trans[0][189]	= settr(0,0,0,0,0,"daemon[n] = 1",0,0,0);
	trans[0][190]	= settr(0,0,0,0,0,"rescan[n] = 1",0,0,0);
	trans[0][191]	= settr(0,0,0,0,0,"daemonReported[n] = 0",0,0,0);
	trans[0][192]	= settr(0,0,0,0,0,"n = 0",0,0,0);
	trans[0][193]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	T = trans[ 0][247] = settr(246,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(246,2,195,0,0,"ATOMIC", 1, 3, 1503);
	trans[0][195]	= settr(194,2,243,258,258,"(((((operations<1)&&(where[0]!=255))&&quorate[where[0]])&&qemu[((0*3)+where[0])]))", 1, 3, 1503); /* m: 196 -> 243,0 */
	reached0[196] = 1;
	trans[0][196]	= settr(0,0,0,0,0,"operations = (operations+1)",0,0,0);
	trans[0][197]	= settr(0,0,0,0,0,"n = where[0]",0,0,0);
	trans[0][198]	= settr(0,0,0,0,0,"m = ((n+1)%3)",0,0,0);
	T = trans[0][243] = settr(242,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(242,2,199,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(242,2,217,0,0,"IF", 1, 3, 1503);
	trans[0][199]	= settr(198,2,212,259,259,"(((((libvirtd[n]&&up[m])&&member[m])&&quorate[m])&&libvirtd[m]))", 1, 3, 1503); /* m: 200 -> 212,0 */
	reached0[200] = 1;
	trans[0][200]	= settr(0,0,0,0,0,"hasRecord[((0*3)+n)] = 1",0,0,0);
	trans[0][201]	= settr(0,0,0,0,0,"intent[((0*3)+n)] = 3",0,0,0);
	trans[0][202]	= settr(0,0,0,0,0,"hasRecord[((0*3)+m)] = 1",0,0,0);
	trans[0][203]	= settr(0,0,0,0,0,"intent[((0*3)+m)] = 2",0,0,0);
	trans[0][204]	= settr(0,0,0,0,0,"qemu[((0*3)+m)] = 1",0,0,0);
	trans[0][205]	= settr(0,0,0,0,0,"byCluster[((0*3)+m)] = 0",0,0,0);
	trans[0][206]	= settr(0,0,0,0,0,"qemu[((0*3)+n)] = 0",0,0,0);
	trans[0][207]	= settr(0,0,0,0,0,"byCluster[((0*3)+n)] = 1",0,0,0);
	T = trans[0][212] = settr(211,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(211,2,208,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(211,2,210,0,0,"IF", 1, 3, 1503);
	trans[0][208]	= settr(207,2,209,260,0,"((daemon[n]&&nfull(events[n])))", 1, 3, 1503);
	trans[0][209]	= settr(208,0,248,261,261,"events[n]!0,1", 1, 3, 1503); /* m: 214 -> 248,0 */
	reached0[214] = 1;
	trans[0][213]	= settr(212,2,214,1,0,".(goto)", 1, 3, 1503); /* m: 214 -> 0,248 */
	reached0[214] = 1;
	trans[0][210]	= settr(209,2,211,262,0,"((!(daemon[n])||full(events[n])))", 1, 3, 1503);
	trans[0][211]	= settr(210,0,248,263,263,"(1)", 1, 3, 1503); /* m: 214 -> 248,0 */
	reached0[214] = 1;
	trans[0][214]	= settr(213,0,248,264,264,"intent[((0*3)+n)] = 1", 1, 3, 1503); /* m: 215 -> 0,248 */
	reached0[215] = 1;
	trans[0][215]	= settr(0,0,0,0,0,"intent[((0*3)+m)] = 5",0,0,0);
	trans[0][216]	= settr(0,0,0,0,0,"where[0] = m",0,0,0);
	trans[0][244]	= settr(243,2,245,1,0,".(goto)", 1, 3, 1503); /* m: 245 -> 0,248 */
	reached0[245] = 1;
	trans[0][217]	= settr(216,2,242,1,0,"(1)", 1, 3, 1503);
	T = trans[ 0][242] = settr(241,0,0,0,0,"sub-sequence", 1, 3, 1503);
	T->nxt	= settr(241,0,218,0,0,"sub-sequence", 1, 3, 1503);
	trans[0][218]	= settr(217,2,233,265,265,"hasRecord[((0*3)+n)] = 1", 1, 3, 1503); /* m: 219 -> 0,233 */
	reached0[219] = 1;
	trans[0][219]	= settr(0,0,0,0,0,"intent[((0*3)+n)] = 4",0,0,0);
	T = trans[0][233] = settr(232,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(232,2,220,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(232,2,231,0,0,"IF", 1, 3, 1503);
	trans[0][220]	= settr(219,2,229,266,266,"(qemu[((0*3)+n)])", 1, 3, 1503); /* m: 221 -> 229,0 */
	reached0[221] = 1;
	trans[0][221]	= settr(0,0,0,0,0,"qemu[((0*3)+n)] = 0",0,0,0);
	trans[0][222]	= settr(0,0,0,0,0,"byCluster[((0*3)+n)] = 1",0,0,0);
	T = trans[0][229] = settr(228,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(228,2,223,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(228,2,225,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(228,2,227,0,0,"IF", 1, 3, 1503);
	trans[0][223]	= settr(222,2,224,267,0,"(((libvirtd[n]&&daemon[n])&&nfull(events[n])))", 1, 3, 1503);
	trans[0][224]	= settr(223,2,240,268,268,"events[n]!0,2", 1, 3, 1503); /* m: 235 -> 240,0 */
	reached0[235] = 1;
	trans[0][230]	= settr(229,2,235,1,0,".(goto)", 1, 3, 1503); /* m: 235 -> 0,240 */
	reached0[235] = 1;
	trans[0][225]	= settr(224,2,226,269,0,"((libvirtd[n]&&(!(daemon[n])||full(events[n]))))", 1, 3, 1503);
	trans[0][226]	= settr(225,2,240,270,270,"(1)", 1, 3, 1503); /* m: 235 -> 240,0 */
	reached0[235] = 1;
	trans[0][227]	= settr(226,2,240,271,271,"(!(libvirtd[n]))", 1, 3, 1503); /* m: 228 -> 240,0 */
	reached0[228] = 1;
	trans[0][228]	= settr(0,0,0,0,0,"pendingFailed[((0*3)+n)] = 1",0,0,0);
	trans[0][234]	= settr(233,2,235,1,0,".(goto)", 1, 3, 1503); /* m: 235 -> 0,240 */
	reached0[235] = 1;
	trans[0][231]	= settr(230,2,232,2,0,"else", 1, 3, 1503);
	trans[0][232]	= settr(231,2,240,272,272,"(1)", 1, 3, 1503); /* m: 235 -> 240,0 */
	reached0[235] = 1;
	trans[0][235]	= settr(234,2,240,273,273,"hasRecord[((0*3)+n)] = 0", 1, 3, 1503);
	T = trans[0][240] = settr(239,2,0,0,0,"IF", 1, 3, 1503);
	T = T->nxt	= settr(239,2,236,0,0,"IF", 1, 3, 1503);
	    T->nxt	= settr(239,2,238,0,0,"IF", 1, 3, 1503);
	trans[0][236]	= settr(235,0,248,274,274,"((where[0]==n))", 1, 3, 1503); /* m: 237 -> 248,0 */
	reached0[237] = 1;
	trans[0][237]	= settr(0,0,0,0,0,"where[0] = 255",0,0,0);
	trans[0][241]	= settr(240,2,245,1,0,".(goto)", 1, 3, 1503); /* m: 245 -> 0,248 */
	reached0[245] = 1;
	trans[0][238]	= settr(237,2,239,2,0,"else", 1, 3, 1503);
	trans[0][239]	= settr(238,0,248,275,275,"(1)", 1, 3, 1503); /* m: 245 -> 248,0 */
	reached0[245] = 1;
	trans[0][245]	= settr(244,0,248,276,276,"n = 0", 1, 3, 1503); /* m: 246 -> 0,248 */
	reached0[246] = 1;
	trans[0][246]	= settr(0,0,0,0,0,"m = 0",0,0,0);
	trans[0][250]	= settr(249,0,251,1,0,"break", 0, 2, 0);
	trans[0][251]	= settr(250,0,0,277,277,"-end-", 0, 3500, 0);
	/* np_ demon: */
	trans[_NP_] = (Trans **) emalloc(3*sizeof(Trans *));
	T = trans[_NP_][0] = settr(9997,0,1,_T5,0,"(np_)", 1,2,0);
	    T->nxt	  = settr(9998,0,0,_T2,0,"(1)",   0,2,0);
	T = trans[_NP_][1] = settr(9999,0,1,_T5,0,"(np_)", 1,2,0);
}

Trans *
settr(	int t_id, int a, int b, int c, int d,
	char *t, int g, int tpe0, int tpe1)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	tmp->atom  = a&(6|32);	/* only (2|8|32) have meaning */
	if (!g) tmp->atom |= 8;	/* no global references */
	tmp->st    = b;
	tmp->tpe[0] = tpe0;
	tmp->tpe[1] = tpe1;
	tmp->tp    = t;
	tmp->t_id  = t_id;
	tmp->forw  = c;
	tmp->back  = d;
	return tmp;
}

Trans *
cpytr(Trans *a)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	int i;
	tmp->atom  = a->atom;
	tmp->st    = a->st;
#ifdef HAS_UNLESS
	tmp->e_trans = a->e_trans;
	for (i = 0; i < HAS_UNLESS; i++)
		tmp->escp[i] = a->escp[i];
#endif
	tmp->tpe[0] = a->tpe[0];
	tmp->tpe[1] = a->tpe[1];
	for (i = 0; i < 6; i++)
	{	tmp->qu[i] = a->qu[i];
		tmp->ty[i] = a->ty[i];
	}
	tmp->tp    = (char *) emalloc(strlen(a->tp)+1);
	strcpy(tmp->tp, a->tp);
	tmp->t_id  = a->t_id;
	tmp->forw  = a->forw;
	tmp->back  = a->back;
	return tmp;
}

#ifndef NOREDUCE
int
srinc_set(int n)
{	if (n <= 2) return LOCAL;
	if (n <= 2+  DELTA) return Q_FULL_F; /* 's' or nfull  */
	if (n <= 2+2*DELTA) return Q_EMPT_F; /* 'r' or nempty */
	if (n <= 2+3*DELTA) return Q_EMPT_T; /* empty */
	if (n <= 2+4*DELTA) return Q_FULL_T; /* full  */
	if (n ==   5*DELTA) return GLOBAL;
	if (n ==   6*DELTA) return TIMEOUT_F;
	if (n ==   7*DELTA) return ALPHA_F;
	Uerror("cannot happen srinc_class");
	return BAD;
}
int
srunc(int n, int m)
{	switch(m) {
	case Q_FULL_F: return n-2;
	case Q_EMPT_F: return n-2-DELTA;
	case Q_EMPT_T: return n-2-2*DELTA;
	case Q_FULL_T: return n-2-3*DELTA;
	case ALPHA_F:
	case TIMEOUT_F: return 257; /* non-zero, and > MAXQ */
	}
	Uerror("cannot happen srunc");
	return 0;
}
#endif
int cnt;
#ifdef HAS_UNLESS
int
isthere(Trans *a, int b)
{	Trans *t;
	for (t = a; t; t = t->nxt)
		if (t->t_id == b)
			return 1;
	return 0;
}
#endif
#ifndef NOREDUCE
int
mark_safety(Trans *t) /* for conditional safety */
{	int g = 0, i, j, k;

	if (!t) return 0;
	if (t->qu[0])
		return (t->qu[1])?2:1;	/* marked */

	for (i = 0; i < 2; i++)
	{	j = srinc_set(t->tpe[i]);
		if (j >= GLOBAL && j != ALPHA_F)
			return -1;
		if (j != LOCAL)
		{	k = srunc(t->tpe[i], j);
			if (g == 0
			||  t->qu[0] != k
			||  t->ty[0] != j)
			{	t->qu[g] = k;
				t->ty[g] = j;
				g++;
	}	}	}
	return g;
}
#endif
void
retrans(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
	/* process n, with m states, is=initial state */
{	Trans *T0, *T1, *T2, *T3;
	Trans *T4, *T5; /* t_reverse or has_unless */
	int i;
#if defined(HAS_UNLESS) || !defined(NOREDUCE)
	int k;
#endif
#ifndef NOREDUCE
	int g, h, j, aa;
#endif
#ifdef HAS_UNLESS
	int p;
#endif
	if (state_tables >= 4)
	{	printf("STEP 1 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	do {
		for (i = 1, cnt = 0; i < m; i++)
		{	T2 = trans[n][i];
			T1 = T2?T2->nxt:(Trans *)0;
/* prescan: */		for (T0 = T1; T0; T0 = T0->nxt)
/* choice in choice */	{	if (T0->st && trans[n][T0->st]
				&&  trans[n][T0->st]->nxt)
					break;
			}
#if 0
		if (T0)
		printf("\tstate %d / %d: choice in choice\n",
		i, T0->st);
#endif
			if (T0)
			for (T0 = T1; T0; T0 = T0->nxt)
			{	T3 = trans[n][T0->st];
				if (!T3->nxt)
				{	T2->nxt = cpytr(T0);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
					continue;
				}
				do {	T3 = T3->nxt;
					T2->nxt = cpytr(T3);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
				} while (T3->nxt);
				cnt++;
			}
		}
	} while (cnt);
	if (state_tables >= 3)
	{	printf("STEP 2 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	for (i = 1; i < m; i++)
	{	if (trans[n][i] && trans[n][i]->nxt) /* optimize */
		{	T1 = trans[n][i]->nxt;
#if 0
			printf("\t\tpull %d (%d) to %d\n",
			T1->st, T1->forw, i);
#endif
			srcln[i] = srcln[T1->st];	/* Oyvind Teig, 5.2.0 */

			if (!trans[n][T1->st]) continue;
			T0 = cpytr(trans[n][T1->st]);
			trans[n][i] = T0;
			reach[T1->st] = 1;
			imed(T0, T1->st, n, i);
			for (T1 = T1->nxt; T1; T1 = T1->nxt)
			{
#if 0
			printf("\t\tpull %d (%d) to %d\n",
				T1->st, T1->forw, i);
#endif
		/*		srcln[i] = srcln[T1->st];  gh: not useful */
				if (!trans[n][T1->st]) continue;
				T0->nxt = cpytr(trans[n][T1->st]);
				T0 = T0->nxt;
				reach[T1->st] = 1;
				imed(T0, T1->st, n, i);
	}	}	}
	if (state_tables >= 2)
	{	printf("STEP 3 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
#ifdef HAS_UNLESS
	for (i = 1; i < m; i++)
	{	if (!trans[n][i]) continue;
		/* check for each state i if an
		 * escape to some state p is defined
		 * if so, copy and mark p's transitions
		 * and prepend them to the transition-
		 * list of state i
		 */
	 if (!like_java) /* the default */
	 {	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->e_trans = p;
				T2->nxt = trans[n][i];
				trans[n][i] = T2;
		}	}
	 } else /* outermost unless checked first */
	 {	T4 = T3 = (Trans *) 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->nxt = (Trans *) 0;
				T2->e_trans = p;
				if (T3)	T3->nxt = T2;
				else	T4 = T2;
				T3 = T2;
		}	}
		if (T4)
		{	T3->nxt = trans[n][i];
			trans[n][i] = T4;
		}
	 }
	}
#endif
#ifndef NOREDUCE
	for (i = 1; i < m; i++)
	{	if (a_cycles)
		{ /* moves through these states are visible */
	#if PROG_LAB>0 && defined(HAS_NP)
			if (progstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (progstate[n][T1->st])
					goto degrade;
	#endif
			if (accpstate[n][i] || visstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (accpstate[n][T1->st])
					goto degrade;
		}
		T1 = trans[n][i];
		if (!T1) continue;
		g = mark_safety(T1);	/* V3.3.1 */
		if (g < 0) goto degrade; /* global */
		/* check if mixing of guards preserves reduction */
		if (T1->nxt)
		{	k = 0;
			for (T0 = T1; T0; T0 = T0->nxt)
			{	if (!(T0->atom&8))
					goto degrade;
				for (aa = 0; aa < 2; aa++)
				{	j = srinc_set(T0->tpe[aa]);
					if (j >= GLOBAL && j != ALPHA_F)
						goto degrade;
					if (T0->tpe[aa]
					&&  T0->tpe[aa]
					!=  T1->tpe[0])
						k = 1;
			}	}
			/* g = 0;	V3.3.1 */
			if (k)	/* non-uniform selection */
			for (T0 = T1; T0; T0 = T0->nxt)
			for (aa = 0; aa < 2; aa++)
			{	j = srinc_set(T0->tpe[aa]);
				if (j != LOCAL)
				{	k = srunc(T0->tpe[aa], j);
					for (h = 0; h < 6; h++)
						if (T1->qu[h] == k
						&&  T1->ty[h] == j)
							break;
					if (h >= 6)
					{	T1->qu[g%6] = k;
						T1->ty[g%6] = j;
						g++;
			}	}	}
			if (g > 6)
			{	T1->qu[0] = 0;	/* turn it off */
				printf("pan: warning, line %d, ",
					srcln[i]);
			 	printf("too many stmnt types (%d)",
					g);
			  	printf(" in selection\n");
			  goto degrade;
			}
		}
		/* mark all options global if >=1 is global */
		for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			if (!(T1->atom&8)) break;
		if (T1)
degrade:	for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			T1->atom &= ~8;	/* mark as unsafe */
		/* can only mix 'r's or 's's if on same chan */
		/* and not mixed with other local operations */
		T1 = trans[n][i];
		if (!T1 || T1->qu[0]) continue;
		j = T1->tpe[0];
		if (T1->nxt && T1->atom&8)
		{ if (j == 5*DELTA)
		  {	printf("warning: line %d ", srcln[i]);
			printf("mixed condition ");
			printf("(defeats reduction)\n");
			goto degrade;
		  }
		  for (T0 = T1; T0; T0 = T0->nxt)
		  for (aa = 0; aa < 2; aa++)
		  if  (T0->tpe[aa] && T0->tpe[aa] != j)
		  {	printf("warning: line %d ", srcln[i]);
			printf("[%d-%d] mixed %stion ",
				T0->tpe[aa], j, 
				(j==5*DELTA)?"condi":"selec");
			printf("(defeats reduction)\n");
			printf("	'%s' <-> '%s'\n",
				T1->tp, T0->tp);
			goto degrade;
		} }
	}
#endif
	for (i = 1; i < m; i++)
	{	T2 = trans[n][i];
		if (!T2
		||  T2->nxt
		||  strncmp(T2->tp, ".(goto)", 7)
		||  !stopstate[n][i])
			continue;
		stopstate[n][T2->st] = 1;
	}
	if (state_tables && !verbose)
	{	if (dodot)
		{	char buf[256], *q = buf, *p = procname[n];
			while (*p != '\0')
			{	if (*p != ':')
				{	*q++ = *p;
				}
				p++;
			}
			*q = '\0';
			printf("digraph ");
			switch (Btypes[n]) {
			case I_PROC:  printf("init {\n"); break;
			case N_CLAIM: printf("claim_%s {\n", buf); break;
			case E_TRACE: printf("notrace {\n"); break;
			case N_TRACE: printf("trace {\n"); break;
			default:      printf("p_%s {\n", buf); break;
			}
			printf("size=\"8,10\";\n");
			printf("  GT [shape=box,style=dotted,label=\"%s\"];\n", buf);
			printf("  GT -> S%d;\n", is);
		} else
		{	switch (Btypes[n]) {
			case I_PROC:  printf("init\n"); break;
			case N_CLAIM: printf("claim %s\n", procname[n]); break;
			case E_TRACE: printf("notrace assertion\n"); break;
			case N_TRACE: printf("trace assertion\n"); break;
			default:      printf("proctype %s\n", procname[n]); break;
		}	}
		for (i = 1; i < m; i++)
		{	reach[i] = 1;
		}
		tagtable(n, m, is, srcln, reach);
		if (dodot) printf("}\n");
	} else
	for (i = 1; i < m; i++)
	{	int nrelse;
		if (Btypes[n] != N_CLAIM)
		{	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			{	if (T0->st == i
				&& strcmp(T0->tp, "(1)") == 0)
				{	printf("error: proctype '%s' ",
						procname[n]);
		  			printf("line %d, state %d: has un",
						srcln[i], i);
					printf("conditional self-loop\n");
					pan_exit(1);
		}	}	}
		nrelse = 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		{	if (strcmp(T0->tp, "else") == 0)
				nrelse++;
		}
		if (nrelse > 1)
		{	printf("error: proctype '%s' state",
				procname[n]);
		  	printf(" %d, inherits %d", i, nrelse);
		  	printf(" 'else' stmnts\n");
			pan_exit(1);
	}	}
#if !defined(LOOPSTATE) && !defined(BFS_PAR)
	if (state_tables)
#endif
	do_dfs(n, m, is, srcln, reach, lpstate);

	if (!t_reverse)
	{	return;
	}
	/* process n, with m states, is=initial state -- reverse list */
	if (!state_tables && Btypes[n] != N_CLAIM)
	{	for (i = 1; i < m; i++)
		{	Trans *Tx = (Trans *) 0; /* list of escapes */
			Trans *Ty = (Trans *) 0; /* its tail element */
			T1 = (Trans *) 0; /* reversed list */
			T2 = (Trans *) 0; /* its tail */
			T3 = (Trans *) 0; /* remembers possible 'else' */

			/* find unless-escapes, they should go first */
			T4 = T5 = T0 = trans[n][i];
	#ifdef HAS_UNLESS
			while (T4 && T4->e_trans) /* escapes are first in orig list */
			{	T5 = T4;	  /* remember predecessor */
				T4 = T4->nxt;
			}
	#endif
			/* T4 points to first non-escape, T5 to its parent, T0 to original list */
			if (T4 != T0)		 /* there was at least one escape */
			{	T3 = T5->nxt;		 /* start of non-escapes */
				T5->nxt = (Trans *) 0;	 /* separate */
				Tx = T0;		 /* start of the escapes */
				Ty = T5;		 /* its tail */
				T0 = T3;		 /* the rest, to be reversed */
			}
			/* T0 points to first non-escape, Tx to the list of escapes, Ty to its tail */

			/* first tail-add non-escape transitions, reversed */
			T3 = (Trans *) 0;
			for (T5 = T0; T5; T5 = T4)
			{	T4 = T5->nxt;
	#ifdef HAS_UNLESS
				if (T5->e_trans)
				{	printf("error: cannot happen!\n");
					continue;
				}
	#endif
				if (strcmp(T5->tp, "else") == 0)
				{	T3 = T5;
					T5->nxt = (Trans *) 0;
				} else
				{	T5->nxt = T1;
					if (!T1) { T2 = T5; }
					T1 = T5;
			}	}
			/* T3 points to a possible else, which is removed from the list */
			/* T1 points to the reversed list so far (without escapes) */
			/* T2 points to the tail element -- where the else should go */
			if (T2 && T3)
			{	T2->nxt = T3;	/* add else */
			} else
			{	if (T3) /* there was an else, but there's no tail */
				{	if (!T1)	/* and no reversed list */
					{	T1 = T3; /* odd, but possible */
					} else		/* even stranger */
					{	T1->nxt = T3;
			}	}	}

			/* add in the escapes, to that they appear at the front */
			if (Tx && Ty) { Ty->nxt = T1; T1 = Tx; }

			trans[n][i] = T1;
			/* reversed, with escapes first and else last */
	}	}
	if (state_tables && verbose)
	{	printf("FINAL proctype %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
	}
}
void
imed(Trans *T, int v, int n, int j)	/* set intermediate state */
{	progstate[n][T->st] |= progstate[n][v];
	accpstate[n][T->st] |= accpstate[n][v];
	stopstate[n][T->st] |= stopstate[n][v];
	mapstate[n][j] = T->st;
}
void
tagtable(int n, int m, int is, short srcln[], uchar reach[])
{	Trans *z;

	if (is >= m || !trans[n][is]
	||  is <= 0 || reach[is] == 0)
		return;
	reach[is] = 0;
	if (state_tables)
	for (z = trans[n][is]; z; z = z->nxt)
	{	if (dodot)
			dot_crack(n, is, z);
		else
			crack(n, is, z, srcln);
	}

	for (z = trans[n][is]; z; z = z->nxt)
	{
#ifdef HAS_UNLESS
		int i, j;
#endif
		tagtable(n, m, z->st, srcln, reach);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			tagtable(n, m, j, srcln, reach);
		}
#endif
	}
}

extern Trans *t_id_lkup[];

void
dfs_table(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	Trans *z;

	if (is >= m || is <= 0 || !trans[n][is])
		return;
	if ((reach[is] & (4|8|16)) != 0)
	{	if ((reach[is] & (8|16)) == 16)	/* on stack, not yet recorded */
		{	lpstate[is] = 1;
			reach[is] |= 8; /* recorded */
			if (state_tables && verbose)
			{	printf("state %d line %d is a loopstate\n", is, srcln[is]);
		}	}
		return;
	}
	reach[is] |= (4|16);	/* visited | onstack */
	for (z = trans[n][is]; z; z = z->nxt)
	{	t_id_lkup[z->t_id] = z;
#ifdef HAS_UNLESS
		int i, j;
#endif
		dfs_table(n, m, z->st, srcln, reach, lpstate);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			dfs_table(n, m, j, srcln, reach, lpstate);
		}
#endif
	}
	reach[is] &= ~16; /* no longer on stack */
}
void
do_dfs(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	int i;
	dfs_table(n, m, is, srcln, reach, lpstate);
	for (i = 0; i < m; i++)
		reach[i] &= ~(4|8|16);
}
void
crack(int n, int j, Trans *z, short srcln[])
{	int i;

	if (!z) return;
	printf("	state %3d -(tr %3d)-> state %3d  ",
		j, z->forw, z->st);
	printf("[id %3d tp %3d", z->t_id, z->tpe[0]);
	if (z->tpe[1]) printf(",%d", z->tpe[1]);
#ifdef HAS_UNLESS
	if (z->e_trans)
		printf(" org %3d", z->e_trans);
	else if (state_tables >= 2)
	for (i = 0; i < HAS_UNLESS; i++)
	{	if (!z->escp[i]) break;
		printf(" esc %d", z->escp[i]);
	}
#endif
	printf("]");
	printf(" [%s%s%s%s%s] %s:%d => ",
		z->atom&6?"A":z->atom&32?"D":"-",
		accpstate[n][j]?"a" :"-",
		stopstate[n][j]?"e" : "-",
		progstate[n][j]?"p" : "-",
		z->atom & 8 ?"L":"G",
		PanSource, srcln[j]);
	for (i = 0; z->tp[i]; i++)
		if (z->tp[i] == '\n')
			printf("\\n");
		else
			putchar(z->tp[i]);
	if (verbose && z->qu[0])
	{	printf("\t[");
		for (i = 0; i < 6; i++)
			if (z->qu[i])
				printf("(%d,%d)",
				z->qu[i], z->ty[i]);
		printf("]");
	}
	printf("\n");
	fflush(stdout);
}
/* spin -a m.pml; cc -o pan pan.c; ./pan -D | dot -Tps > foo.ps; ps2pdf foo.ps */
void
dot_crack(int n, int j, Trans *z)
{	int i;

	if (!z) return;
	printf("	S%d -> S%d  [color=black", j, z->st);

	if (z->atom&6) printf(",style=dashed");
	else if (z->atom&32) printf(",style=dotted");
	else if (z->atom&8) printf(",style=solid");
	else printf(",style=bold");

	printf(",label=\"");
	for (i = 0; z->tp[i]; i++)
	{	if (z->tp[i] == '\\'
		&&  z->tp[i+1] == 'n')
		{	i++; printf(" ");
		} else
		{	putchar(z->tp[i]);
	}	}
	printf("\"];\n");
	if (accpstate[n][j]) printf("  S%d [color=red,style=bold];\n", j);
	else if (progstate[n][j]) printf("  S%d [color=green,style=bold];\n", j);
	if (stopstate[n][j]) printf("  S%d [color=blue,style=bold,shape=box];\n", j);
}

#ifdef VAR_RANGES
#define BYTESIZE	32	/* 2^8 : 2^3 = 256:8 = 32 */

typedef struct Vr_Ptr {
	char	*nm;
	uchar	vals[BYTESIZE];
	struct Vr_Ptr *nxt;
} Vr_Ptr;
Vr_Ptr *ranges = (Vr_Ptr *) 0;

void
logval(char *s, int v)
{	Vr_Ptr *tmp;

	if (v<0 || v > 255) return;
	for (tmp = ranges; tmp; tmp = tmp->nxt)
		if (!strcmp(tmp->nm, s))
			goto found;
	tmp = (Vr_Ptr *) emalloc(sizeof(Vr_Ptr));
	tmp->nxt = ranges;
	ranges = tmp;
	tmp->nm = s;
found:
	tmp->vals[(v)/8] |= 1<<((v)%8);
}

void
dumpval(uchar X[], int range)
{	int w, x, i, j = -1;

	for (w = i = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
from:		if ((X[w] & (1<<x)))
		{	printf("%d", i);
			j = i;
			goto upto;
	}	}
	return;
	for (w = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
upto:		if (!(X[w] & (1<<x)))
		{	if (i-1 == j)
				printf(", ");
			else
				printf("-%d, ", i-1);
			goto from;
	}	}
	if (j >= 0 && j != 255)
		printf("-255");
}

void
dumpranges(void)
{	Vr_Ptr *tmp;
	printf("\nValues assigned within ");
	printf("interval [0..255]:\n");
	for (tmp = ranges; tmp; tmp = tmp->nxt)
	{	printf("\t%s\t: ", tmp->nm);
		dumpval(tmp->vals, BYTESIZE);
		printf("\n");
	}
}
#endif
